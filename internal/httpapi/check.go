package httpapi

import (
	"bytes"
	"net/http"
	"strconv"

	"github.com/crosscheck/crosscheck/internal/check"
	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/crosscheck/crosscheck/internal/document"
	"github.com/crosscheck/crosscheck/internal/report"
	"github.com/crosscheck/crosscheck/internal/rule"
	"github.com/tidwall/gjson"
)

// requestName is the file name documents from a request get in
// diagnostics, as "<stdin>" names the command line's standard input.
const requestName = "<request>"

// contentTypes of the report formats.
var contentTypes = map[string]string{
	"json":     "application/json",
	"csv":      "text/csv; charset=utf-8",
	"markdown": "text/markdown; charset=utf-8",
	"text":     "text/plain; charset=utf-8",
}

// check answers POST /v1/check: the documents (a JSON body, a JSON Lines
// body, or a request object holding them with options) checked against
// the built-in rules or the request's, as the versioned report, byte for
// byte what `crosscheck check --format json` prints for the same input.
//
// Records that are not documents make the answer a 422 (400 when the
// JSON itself is broken), nothing checked: all or nothing is the API's
// default, as `--strict` is the command line's, so a client that does not
// read diagnostics never takes a partial report for a whole one. With
// strict false the documents that were read are checked, as the command
// line does by default, and the report's diagnostics hold the errors.
func (h *Handler) check(r *http.Request) *response {
	kind, body, refused := h.typedBody(r, kindJSON, kindJSONL)
	if refused != nil {
		return refused
	}
	lines := newLineIndex(body)
	opts := fromQuery(r.URL.RawQuery, queryParams)
	var env *envelope
	if kind == kindJSON && isEnvelope(body) {
		env = readEnvelope(body, lines, members)
		opts.merge(env.opts)
	}
	failOn := opts.get("fail_on", "high", failOnValues)
	format := opts.get("format", "json", formatValues)
	mode := opts.get("rules_mode", "extend", modeValues)
	strict := opts.get("strict", "true", strictValues) == "true"
	fields := opts.fieldMap()
	if m, ok := opts.single["rules_mode"]; ok && (env == nil || !env.hasRules) {
		opts.diags = append(opts.diags, bad(m.at, "rules-mode-without-rules", `"rules_mode" says how to use "rules", and the request has none`))
	}
	if opts.diags.HasErrors() {
		return badRequest(opts.diags, r)
	}

	x, rdiags := h.extractor(env, mode)
	if x == nil {
		if rdiags == nil { // over the limit, not wrong
			return problemResponse(tooLarge("rules_bytes", int64(h.limits.RulesBytes), int64(len(env.rules)), "/rules"), r)
		}
		pr := newProblem(http.StatusUnprocessableEntity, "invalid-rules", "the rules have errors; each diagnostic gives its line and column in the rule text")
		pr.Diagnostics = rdiags
		return problemResponse(pr, r)
	}

	docs, ddiags := loadDocuments(body, kind, env, fields, lines)
	if ddiags.HasErrors() && (strict || len(docs) == 0) {
		return documentProblem(ddiags, r)
	}
	if p := h.overLimits(docs); p != nil {
		return problemResponse(p, r)
	}

	res := check.Run(x, docs, ddiags)
	var out bytes.Buffer
	if err := report.Write(&out, &res.Report, format, false); err != nil {
		panic(err) // the format was checked above; a renderer failing is a bug
	}
	failed := false
	if failOn != "never" {
		for _, f := range res.Report.Findings {
			if rule.SeverityRank(f.Severity) >= rule.SeverityRank(failOn) {
				failed = true
			}
		}
	}
	return &response{status: http.StatusOK, body: out.Bytes(), header: http.Header{
		"Content-Type":       {contentTypes[format]},
		"Crosscheck-Fail-On": {failOn},
		"Crosscheck-Failed":  {strconv.FormatBool(failed)},
	}}
}

// loadDocuments reads the documents as the command line reads a file:
// the whole body, or the request object's "documents" value with every
// diagnostic placed in the body (for a string value, lines and columns
// count within the string).
func loadDocuments(body []byte, kind string, env *envelope, fields map[string]string, lines *lineIndex) ([]document.Document, diag.List) {
	opt := document.Options{Map: fields, Format: kind}
	var docs []document.Document
	var diags diag.List
	switch {
	case env == nil:
		docs, diags = document.Load(requestName, body, opt)
	case env.docs.Type == gjson.String:
		opt.Format = "" // JSON, JSON Lines or text: read from the content
		docs, diags = document.Load(requestName, []byte(env.docs.String()), opt)
		for i := range diags {
			diags[i].Pointer = "/documents" + diags[i].Pointer
		}
	default: // an array or an object; readEnvelope refused anything else
		start := env.docs.Index
		docs, diags = document.Load(requestName, body[start:start+len(env.docs.Raw)], opt)
		for i, d := range diags {
			if d.Line > 0 {
				d = lines.at(d, start+d.Offset)
			}
			d.Pointer = "/documents" + d.Pointer
			diags[i] = d
		}
	}
	// As the command line does after reading its inputs.
	return docs, append(diags, document.DedupeIDs(docs)...)
}

// documentProblem answers documents that cannot be read: 400 when the
// JSON itself is broken, 422 when it is JSON but not documents.
func documentProblem(ds diag.List, r *http.Request) *response {
	for _, d := range ds {
		if d.Severity == diag.Error && (d.Code == "json-syntax" || d.Code == "json-too-deep" || d.Code == "empty-input") {
			p := newProblem(http.StatusBadRequest, "bad-json", "the body cannot be read as documents; each diagnostic gives where")
			p.Diagnostics = ds
			return problemResponse(p, r)
		}
	}
	p := newProblem(http.StatusUnprocessableEntity, "invalid-documents", "some records are not documents; each diagnostic gives its JSON pointer, line and column")
	p.Diagnostics = ds
	return problemResponse(p, r)
}

// badRequest answers settings that are wrong.
func badRequest(ds diag.List, r *http.Request) *response {
	p := newProblem(http.StatusBadRequest, "bad-request", "some settings are wrong; each diagnostic names the setting")
	p.Diagnostics = ds
	return problemResponse(p, r)
}

// overLimits checks the loaded documents against the limits.
func (h *Handler) overLimits(docs []document.Document) *Problem {
	if len(docs) > h.limits.Documents {
		return tooLarge("documents", int64(h.limits.Documents), int64(len(docs)), "")
	}
	for _, d := range docs {
		if len(d.Text) > h.limits.DocumentBytes {
			return tooLarge("document_bytes", int64(h.limits.DocumentBytes), int64(len(d.Text)), "document "+strconv.Quote(d.ID))
		}
	}
	return nil
}
