//go:build js && wasm && memstats

package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
)

// With -tags memstats (the benchmarks' build only), every answer carries
// the Go instance's memory once the request is handled:
//
//	Crosscheck-Go-Memory: sys=… heap_sys=… total_alloc=… num_gc=…
//
// sys is what the runtime took from the wasm linear memory, which never
// shrinks: the instance's peak. The answer is buffered to read the figures
// after the handler is done.
func init() {
	inner := handler
	handler = func() http.Handler {
		h := inner()
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, r)
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			for k, v := range rec.Header() {
				w.Header()[k] = v
			}
			w.Header().Set("Crosscheck-Go-Memory", fmt.Sprintf("sys=%d heap_sys=%d total_alloc=%d num_gc=%d", m.Sys, m.HeapSys, m.TotalAlloc, m.NumGC))
			w.WriteHeader(rec.Code)
			w.Write(rec.Body.Bytes())
		})
	}
}
