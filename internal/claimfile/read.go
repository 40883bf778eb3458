package claimfile

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/tidwall/gjson"

	"github.com/crosscheck/crosscheck/internal/check"
	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/crosscheck/crosscheck/internal/when"
)

// Diagnostic codes of a claims file.
const (
	CodeSyntax  = "json-syntax"    // a line that is not JSON
	CodeVersion = "claims-version" // a line of another format version
	CodeField   = "claims-field"   // a field missing, unknown, of the wrong type or out of range
	CodeRules   = "claims-rules"   // claims read under other rules than the comparison's
	CodeRead    = "read-error"     // the file could not be read to its end
)

// Read reads a claims file named name, whose claims must have been read
// under the rules named rules (RulesID). It returns the documents in the
// order of their lines, and in the order of their lines the diagnostics
// the lines carry and those about the lines themselves: a line that is
// not JSON, of another version, with a field missing, unknown or out of
// range, or of other rules (CodeRules, which a caller should take as
// fatal: such claims cannot be compared) is an error and is left out, and
// the other lines are still read.
func Read(name string, r io.Reader, rules string) ([]check.Extracted, diag.List) {
	var docs []check.Extracted
	var ds diag.List
	br := bufio.NewReaderSize(r, 1<<16)
	offset, lineNo := 0, 0
	var batch [][]byte
	// flush reads a batch of lines on every core the process may use:
	// decoding is a third of check --claims, and lines are independent.
	flush := func() {
		res := make([]lineResult, len(batch))
		check.Parallel(len(batch), func(i int) {
			res[i].x, res[i].carried, res[i].errs = readLine(bytes.TrimRight(batch[i], "\r\n"), rules)
		})
		for i := range res {
			lineNo++
			d := res[i].errs
			for k := range d {
				d[k].File, d[k].Line = name, lineNo
				if d[k].Col == 0 {
					d[k].Col = 1
				}
				d[k].Offset += offset
			}
			ds = append(ds, d...)
			if res[i].x != nil {
				docs = append(docs, *res[i].x)
			}
			if res[i].carried != nil {
				ds = append(ds, *res[i].carried)
			}
			offset += len(batch[i])
		}
		batch = batch[:0]
	}
	for {
		data, err := br.ReadBytes('\n')
		if len(data) > 0 {
			batch = append(batch, data)
			if len(batch) == batchLines {
				flush()
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			flush()
			ds = append(ds, diag.Diagnostic{Code: CodeRead, Severity: diag.Error, File: name, Line: lineNo + 1, Col: 1, Offset: offset, Message: err.Error()})
			return docs, ds
		}
	}
	flush()
	return docs, ds
}

// batchLines is how many lines are read before they are decoded together:
// enough to keep every core busy, few enough that the raw lines held at
// once stay a few megabytes.
const batchLines = 256

type lineResult struct {
	x       *check.Extracted
	carried *diag.Diagnostic
	errs    diag.List
}

// readLine reads one line: a document, a diagnostic it carries, or the
// errors that keep it out. Positions are in the line; Read places them.
func readLine(data []byte, rules string) (*check.Extracted, *diag.Diagnostic, diag.List) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, nil, nil
	}
	// Lines of this version start with it, as Writer writes them; any
	// other line is looked at before it is decoded, so that a line of
	// another version is refused as such, not for fields it may add.
	if !bytes.HasPrefix(data, versionPrefix) {
		if !gjson.ValidBytes(data) {
			return nil, nil, diag.List{syntaxError(data)}
		}
		root := gjson.ParseBytes(data)
		if !root.IsObject() {
			return nil, nil, diag.List{fieldError("", "not a line of a claims file, which is a JSON object (made by crosscheck claims --format jsonl)")}
		}
		v := root.Get("v")
		switch {
		case !v.Exists():
			return nil, nil, diag.List{fieldError("v", "missing: this is not a line of a claims file (made by crosscheck claims --format jsonl)")}
		case v.Type != gjson.String || v.Str != Version:
			d := fieldError("v", fmt.Sprintf("the line is format %s; this crosscheck reads %s", v.Raw, Version))
			d.Code = CodeVersion
			d.Hint = "read the documents again with this crosscheck's claims --format jsonl"
			return nil, nil, diag.List{d}
		}
	}
	var ln line
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&ln); err != nil {
		if !gjson.ValidBytes(data) {
			return nil, nil, diag.List{syntaxError(data)}
		}
		return nil, nil, diag.List{decodeError(err)}
	}
	if dec.More() {
		return nil, nil, diag.List{syntaxError(data)}
	}
	if ds := ln.missing(); len(ds) > 0 {
		return nil, nil, ds
	}
	if *ln.Rules != rules {
		d := fieldError("rules", fmt.Sprintf("the claims were read under other rules (%s) than this comparison's (%s)", *ln.Rules, rules))
		d.Code = CodeRules
		d.Hint = "give check --claims the --rules and --rules-mode that claims --format jsonl was given, and run one build of crosscheck"
		return nil, nil, diag.List{d}
	}
	if ln.Diagnostic != nil {
		return nil, ln.Diagnostic, nil
	}
	doc := ln.Doc.Document
	doc.ID, doc.Text = *ln.Doc.ID, *ln.Doc.Text
	x := &check.Extracted{Doc: doc, Claims: *ln.Claims, Lede: ln.Lede, HasLede: ln.HasLede, Related: ln.Related, Names: ln.Names, Venues: ln.Venues, Victims: ln.Victims}
	if ds := checkOffsets(x); len(ds) > 0 {
		return nil, nil, ds
	}
	return x, nil, nil
}

// checkOffsets refuses claims whose byte offsets fall outside the
// document's text, or run backwards: the comparison slices the text with
// them, and a damaged or hand-made line must be an error, not a crash.
func checkOffsets(x *check.Extracted) diag.List {
	n := len(x.Doc.Text)
	var ds diag.List
	span := func(field string, start, end int) {
		if start < 0 || end < start || end > n {
			ds = append(ds, fieldError(field, fmt.Sprintf("[%d, %d) is not a span of the document's %d bytes of text", start, end, n)))
		}
	}
	date := func(field string, d *when.Date) {
		if d.Start != 0 || d.End != 0 {
			span(field, d.Start, d.End)
		}
		if (d.Lo != 0 || d.Hi != 0) && (d.Lo > d.Hi || d.Lo < firstDay || d.Hi > lastDay) {
			ds = append(ds, fieldError(field+".Lo", fmt.Sprintf("days %d..%d are not an interval between the years %d and %d", d.Lo, d.Hi, firstYear, lastYear)))
		}
	}
	subject := func(field string, s *claim.Subject) {
		date(field+".When", &s.When)
	}
	for i := range x.Claims {
		c := &x.Claims[i]
		f := fmt.Sprintf("claims.%d.", i)
		span(f+"Start", c.Start, c.End)
		span(f+"SentStart", c.SentStart, c.SentEnd)
		date(f+"Date", &c.Date)
		subject(f+"Subject", &c.Subject)
		for j := range c.Parts {
			span(fmt.Sprintf("%sParts.%d.Start", f, j), c.Parts[j].Start, c.Parts[j].End)
		}
		c.Doc = 0 // the comparison numbers the documents
	}
	subject("lede", &x.Lede)
	return ds
}

var versionPrefix = []byte(`{"v":"` + Version + `",`)

// missing says which fields a line lacks, each once (not doc.id when doc
// itself is missing).
func (ln *line) missing() diag.List {
	var ds diag.List
	need := func(ok bool, field string) {
		if !ok {
			ds = append(ds, fieldError(field, "missing"))
		}
	}
	need(ln.V != nil, "v")
	need(ln.Rules != nil, "rules")
	if d := ln.Diagnostic; d != nil {
		need(ln.Doc == nil, "doc") // not both
		if len(ds) > 0 && ds[len(ds)-1].Field == "doc" {
			ds[len(ds)-1].Message = "a line holds a document or a diagnostic, not both"
		}
		need(d.Code != "", "diagnostic.code")
		need(d.Severity != "", "diagnostic.severity")
		need(d.Message != "", "diagnostic.message")
		return ds
	}
	need(ln.Doc != nil, "doc")
	if ln.Doc != nil {
		need(ln.Doc.ID != nil, "doc.id")
		need(ln.Doc.Text != nil, "doc.text")
	}
	need(ln.Claims != nil, "claims")
	return ds
}

// Dates outside these years are refused: the engine reads none (numeric
// years run 1800–2099), and the event index walks a date's weeks, so a
// forged date of a million years would hold the comparison for hours.
const firstYear, lastYear = 1000, 2999

var firstDay, lastDay = when.DayOf(firstYear, 1, 1), when.DayOf(lastYear, 12, 31)

func fieldError(field, msg string) diag.Diagnostic {
	return diag.Diagnostic{Code: CodeField, Severity: diag.Error, Field: field, Message: msg}
}

// syntaxError places a line's first JSON syntax error, as the document
// loader does: gjson says whether it is valid, encoding/json where not.
func syntaxError(data []byte) diag.Diagnostic {
	d := diag.Diagnostic{Code: CodeSyntax, Severity: diag.Error, Message: "invalid JSON"}
	var raw json.RawMessage
	var se *json.SyntaxError
	if err := json.Unmarshal(data, &raw); errors.As(err, &se) {
		d.Message = "invalid JSON: " + se.Error()
		off := int(se.Offset)
		if off > 0 && !strings.Contains(se.Error(), "unexpected end") {
			off-- // Offset counts the bad byte itself
		}
		d.Offset, d.Col = off, off+1
	}
	return d
}

// decodeError turns encoding/json's complaint about a field into a
// located one.
func decodeError(err error) diag.Diagnostic {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		d := fieldError(te.Field, fmt.Sprintf("a JSON %s where %s belongs", te.Value, te.Type))
		// encoding/json gives the offset just past the value.
		d.Offset, d.Col = int(te.Offset), int(te.Offset)+1
		return d
	}
	msg := strings.TrimPrefix(err.Error(), "json: ")
	if f, ok := strings.CutPrefix(msg, "unknown field "); ok {
		d := fieldError(strings.Trim(f, `"`), "unknown: not a field of "+Version)
		return d
	}
	return fieldError("", msg)
}
