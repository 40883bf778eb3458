package httpapi

import (
	"net/http"

	"github.com/crosscheck/crosscheck/internal/diag"
)

// Problem is an RFC 9457 problem detail, the body of every error answer.
// Diagnostics say where the problem is: a JSON pointer into the request
// body, a line and column, or the parameter at fault.
type Problem struct {
	Type     string `json:"type"`
	Title    string `json:"title"`
	Status   int    `json:"status"`
	Detail   string `json:"detail,omitempty"`
	Instance string `json:"instance,omitempty"`
	// Diagnostics are every problem found in the input, placed like the
	// command line places them; empty for problems with no place.
	Diagnostics diag.List `json:"diagnostics,omitempty"`
	// Limit and Size name the bound an over-size request broke (413).
	Limit string `json:"limit,omitempty"`
	Max   int64  `json:"max,omitempty"`
	Size  int64  `json:"size,omitempty"`
}

// problemType turns a problem code into its type: a path of the API whose
// GET describes it (problems.go), relative so it resolves on any host.
func problemType(code string) string { return "/problems/" + code }

// titles are the fixed, human titles of each problem type: RFC 9457 asks
// that a title not change from one occurrence to the next.
var titles = map[string]string{
	"bad-json":           "The body is not valid JSON",
	"bad-request":        "The request is not understood",
	"invalid-documents":  "The documents cannot be read",
	"invalid-rules":      "The rules have errors",
	"too-large":          "The request is over a size limit",
	"unsupported-type":   "The content type is not supported",
	"method-not-allowed": "The method is not allowed here",
	"not-found":          "There is nothing at this path",
	"internal":           "Internal error",
	"busy":               "The server is busy",
}

// newProblem builds a problem of a known code.
func newProblem(status int, code, detail string) *Problem {
	return &Problem{Type: problemType(code), Title: titles[code], Status: status, Detail: detail}
}

// problemResponse renders p as an application/problem+json answer.
func problemResponse(p *Problem, r *http.Request) *response {
	if p.Instance == "" && r != nil {
		p.Instance = instanceOf(r)
	}
	res := jsonResponse(p.Status, "application/problem+json", p)
	if p.Status == http.StatusServiceUnavailable {
		res.header.Set("Retry-After", retryAfter)
	}
	return res
}
