// Command wasm is the engine for the web page: built with GOOS=js
// GOARCH=wasm, it registers one function that takes a JSON request and
// returns a JSON answer (see Request). The page runs it in a Web Worker.
//
// The request handling lives in files without build tags, so it is tested
// natively; only main_js.go touches syscall/js. Nothing here imports
// net/http: the page fetches, the engine only reads bytes.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/crosscheck/crosscheck/internal/document"
	"github.com/crosscheck/crosscheck/internal/rule"
)

// Request is one call. Op picks the operation; the other fields are its
// arguments.
//
//	check    Rules?, Files | Documents, Diagnostics?, Map?, Format? → the report
//	         (Format json: the bytes of `crosscheck check --format json`)
//	render   Report, Format → the report rendered as json, csv or markdown
//	lint     Rules → {"diagnostics": [...]}
//	load     Files, Map?, Format? → {"documents": [...], "diagnostics": [...]}
//	builtin  → {"rules": [...], "demo": {...}}
//	test     Rules? → the rule test run (schema crosscheck.ruletest/v1)
//	dates    Texts, Ref? → {"dates": [[...], ...]} (the date scanner alone)
type Request struct {
	Op          string              `json:"op"`
	Rules       []File              `json:"rules,omitempty"` // rule files; empty = built-in
	Files       []File              `json:"files,omitempty"`
	Documents   []document.Document `json:"documents,omitempty"`
	Diagnostics diag.List           `json:"diagnostics,omitempty"` // load warnings to carry into the report
	Map         map[string]string   `json:"map,omitempty"`
	Format      string              `json:"format,omitempty"`
	Report      json.RawMessage     `json:"report,omitempty"`
	Texts       []string            `json:"texts,omitempty"`
	Ref         string              `json:"ref,omitempty"` // YYYY-MM-DD
}

// File is a named input: a rule file or a document file, as text.
type File struct {
	Name   string `json:"name"`
	Data   string `json:"data"`
	Format string `json:"format,omitempty"` // documents: "", json, jsonl, text, html, md
}

// failure is the answer when a call cannot produce its result.
type failure struct {
	Error       string    `json:"error"`
	Diagnostics diag.List `json:"diagnostics"`
}

// Handle answers one request. It never panics on bad input: a request that
// cannot be decoded, or an engine panic, comes back as {"error": ...}.
func Handle(in []byte) (out []byte) {
	defer func() {
		if p := recover(); p != nil {
			out = encode(failure{Error: fmt.Sprintf("internal error: %v", p), Diagnostics: diag.List{}})
		}
	}()
	var req Request
	if err := json.Unmarshal(in, &req); err != nil {
		return encode(failure{Error: "bad request: " + err.Error(), Diagnostics: diag.List{}})
	}
	switch req.Op {
	case "check":
		return doCheck(&req)
	case "render":
		return doRender(&req)
	case "lint":
		return doLint(&req)
	case "load":
		return doLoad(&req)
	case "builtin":
		return doBuiltin()
	case "test":
		return doTest(&req)
	case "dates":
		return doDates(&req)
	}
	return encode(failure{Error: fmt.Sprintf("unknown op %q", req.Op), Diagnostics: diag.List{}})
}

// encode writes v as compact JSON without HTML escaping, as the report
// writer does, so quotes keep "<" and "&" as written.
func encode(v any) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return []byte(`{"error":"cannot encode the answer","diagnostics":[]}`)
	}
	return b.Bytes()
}

// sources turns rule files into rule sources; none means the built-in set.
func sources(files []File) ([]rule.Source, error) {
	if len(files) == 0 {
		return builtinRules()
	}
	out := make([]rule.Source, len(files))
	for i, f := range files {
		out[i] = rule.Source{Name: f.Name, Data: []byte(f.Data)}
	}
	return out, nil
}

// nonNil keeps empty lists as [] in JSON, so the page need not test for null.
func nonNil(l diag.List) diag.List {
	if l == nil {
		return diag.List{}
	}
	return l
}
