package main

import (
	"fmt"
	"net/http"

	"github.com/crosscheck/crosscheck/internal/httpapi"
)

// handler is what the Worker serves; a build tag may wrap it (see
// memstats.go, for the benchmarks).
var handler = func() http.Handler {
	return httpapi.New(httpapi.Options{
		// Standard output is console.log in workerd: Workers Logs keeps
		// one line an answer, with the id the client was given.
		OnAnswer: func(a httpapi.Answered) {
			fmt.Printf("%d %s %s (%d bytes) request %s\n", a.Status, a.Method, a.Path, a.Bytes, a.ID)
		},
		OnPanic: func(v any) { fmt.Printf("internal error (answered 500): %v\n", v) },
	})
}
