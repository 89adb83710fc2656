// Package since parses the "since" argument a user gives to pick recent
// articles: `pith export --since` and the API's GET /v1/articles?since=.
// It is input parsing at the face of pith, beside the CLI and the server;
// the store only takes the time it yields (store.Walk).
package since
