// Command hello is the floor of startup's table: a Go program that starts
// and exits, so the cost of starting any Go process on the machine shows
// beside the others.
package main

func main() {}
