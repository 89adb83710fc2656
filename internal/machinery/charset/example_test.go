package charset_test

import (
	"fmt"

	"github.com/pith-news/pith/internal/machinery/charset"
)

func ExampleDecode() {
	// "Café" in windows-1252, declared only in a <meta> tag.
	page := []byte("<meta charset=\"windows-1252\"><p>Caf\xe9</p>")
	out, name, err := charset.Decode(page, "")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(name)
	fmt.Println(string(out))

	// A UTF-8 page with a wrong header stays UTF-8.
	out, name, _ = charset.Decode([]byte("<p>Café</p>"), "text/html; charset=iso-8859-1")
	fmt.Println(name, string(out))
	// Output:
	// windows-1252
	// <meta charset="windows-1252"><p>Café</p>
	// utf-8 <p>Café</p>
}
