package main

import (
	"net/http"

	"github.com/crosscheck/crosscheck/internal/httpapi"
)

// handler is what the Worker serves; a build tag may wrap it (see
// memstats.go, for the benchmarks).
var handler = func() http.Handler { return httpapi.New(httpapi.Options{}) }
