//go:build js && wasm

// Command hello is the smallest Go Worker: the baseline `make bench`
// measures the API against, built and served the same way (one Go
// instance for the isolate, worker/glue.mjs).
package main

import (
	"fmt"
	"io"
	"net/http"

	"github.com/syumai/workers"
)

func main() {
	workers.ServeNonBlock(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Read the body as the API does, so a 1 MB request costs both
		// Workers the same transfer.
		var n int64
		if r.Body != nil { // syumai/workers gives a nil Body to bodiless requests
			n, _ = io.Copy(io.Discard, r.Body)
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintf(w, "hello: %d bytes\n", n)
	}))
	workers.Ready()
	select {}
}
