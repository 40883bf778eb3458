package main

import (
	"bytes"
	"encoding/json"

	"github.com/crosscheck/crosscheck/internal/check"
	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/crosscheck/crosscheck/internal/document"
	"github.com/crosscheck/crosscheck/internal/report"
)

// doCheck runs the pipeline exactly as `crosscheck check` does: the same
// rule loading, the same document loading for files (ids made unique
// across files), the same check.Run, and the same renderer.
func doCheck(req *Request) []byte {
	x, rdiags, err := extractor(req.Rules)
	if err != nil {
		return encode(failure{Error: err.Error(), Diagnostics: diag.List{}})
	}
	if x == nil {
		return encode(failure{Error: "the rules have errors", Diagnostics: rdiags})
	}
	docs, ddiags := documents(req)
	if ddiags.HasErrors() {
		return encode(failure{Error: "the documents have errors", Diagnostics: ddiags})
	}
	res := check.Run(x, docs, ddiags)
	return render(&res.Report, req.Format)
}

// documents are the request's documents: files are loaded as the CLI loads
// named inputs; ready documents (the page keeps them loaded) are taken as
// they are, with the load warnings the page kept for them.
func documents(req *Request) ([]document.Document, diag.List) {
	if len(req.Files) == 0 {
		docs := append([]document.Document(nil), req.Documents...)
		diags := append(diag.List{}, req.Diagnostics...)
		return docs, append(diags, document.DedupeIDs(docs)...)
	}
	var docs []document.Document
	var all diag.List
	for _, f := range req.Files {
		ds, diags := document.Load(f.Name, []byte(f.Data), document.Options{Map: req.Map, Format: f.Format})
		docs = append(docs, ds...)
		all = append(all, diags...)
	}
	return docs, append(all, document.DedupeIDs(docs)...)
}

// render writes the report in a format; json gives the bytes of
// `crosscheck check --format json`.
func render(r *report.Report, format string) []byte {
	if format == "" {
		format = "json"
	}
	if format == "text" {
		return encode(failure{Error: "the text format is for terminals; use json, csv or markdown", Diagnostics: diag.List{}})
	}
	var b bytes.Buffer
	if err := report.Write(&b, r, format, false); err != nil {
		return encode(failure{Error: err.Error(), Diagnostics: diag.List{}})
	}
	return b.Bytes()
}

// doRender renders a report the page already has (for exports), so an
// export needs no second check.
func doRender(req *Request) []byte {
	var r report.Report
	if err := json.Unmarshal(req.Report, &r); err != nil {
		return encode(failure{Error: "bad report: " + err.Error(), Diagnostics: diag.List{}})
	}
	return render(&r, req.Format)
}

// loadAnswer is the answer to load.
type loadAnswer struct {
	Documents   []document.Document `json:"documents"`
	Diagnostics diag.List           `json:"diagnostics"`
}

// doLoad parses document files the way the CLI does, returning what loaded
// and every problem, placed by file:line:col, JSON pointer and field.
func doLoad(req *Request) []byte {
	var docs []document.Document
	var all diag.List
	for _, f := range req.Files {
		format := f.Format
		if format == "" {
			format = req.Format
		}
		ds, diags := document.Load(f.Name, []byte(f.Data), document.Options{Map: req.Map, Format: format})
		docs = append(docs, ds...)
		all = append(all, diags...)
	}
	if docs == nil {
		docs = []document.Document{}
	}
	return encode(loadAnswer{Documents: docs, Diagnostics: nonNil(all)})
}
