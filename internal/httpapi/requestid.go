package httpapi

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/http"
)

// Every answer names its request: the client's X-Request-Id when it sends
// a usable one, else Cloudflare's Cf-Ray (which every request reaching a
// Worker carries), else a random one. The id is echoed in X-Request-Id,
// names the problem's instance (urn:crosscheck:request:ID), and is what
// the host logs (Options.OnAnswer), so a client's report of an error finds
// its log line.

// requestIDHeader is the header the id is read from and echoed in.
const requestIDHeader = "X-Request-Id"

// maxRequestID bounds a client's id; a longer one is replaced.
const maxRequestID = 128

// requestID picks the request's id.
func requestID(r *http.Request) string {
	if id := r.Header.Get(requestIDHeader); usableID(id) {
		return id
	}
	if id := r.Header.Get("Cf-Ray"); usableID(id) {
		return id
	}
	var b [12]byte
	rand.Read(b[:]) // never fails (crypto/rand, Go 1.24 on)
	return hex.EncodeToString(b[:])
}

// usableID accepts ids of letters, digits and "-._:" only, so one can go
// into a URN, a header and a log line as it is.
func usableID(id string) bool {
	if id == "" || len(id) > maxRequestID {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '.' || c == '_' || c == ':') {
			return false
		}
	}
	return true
}

type requestIDKey struct{}

func withRequestID(r *http.Request, id string) *http.Request {
	return r.WithContext(context.WithValue(r.Context(), requestIDKey{}, id))
}

// requestIDOf is the id ServeHTTP gave the request ("" outside it).
func requestIDOf(r *http.Request) string {
	id, _ := r.Context().Value(requestIDKey{}).(string)
	return id
}

// instanceOf is a problem's instance: the request, by its id.
func instanceOf(r *http.Request) string {
	if id := requestIDOf(r); id != "" {
		return "urn:crosscheck:request:" + id
	}
	return r.URL.Path
}
