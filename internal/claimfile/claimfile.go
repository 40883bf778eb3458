// Package claimfile writes and reads claims files: JSON Lines, one line a
// document as check.Extract read it (the document, its claims and what the
// event stage needs), so that extraction can run in shards on any batch
// engine and the comparison once, with the report a single run gives.
//
// Each line is self-contained, so shards may be concatenated: it names the
// format (Version) and the rule set the claims were read under (RulesID);
// a reader refuses lines of another version or of other rules. A line
// holds either a document or a diagnostic of the reading (a bad record, a
// bad-date warning), which the report of the comparison shows as a single
// run would.
package claimfile

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"

	"github.com/crosscheck/crosscheck/internal/check"
	"github.com/crosscheck/crosscheck/internal/claim"
	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/crosscheck/crosscheck/internal/document"
	"github.com/crosscheck/crosscheck/internal/rule"
)

// Version is the format of a line. A change to what a line holds bumps
// it: a reader never guesses at fields of another version.
const Version = "crosscheck.claims/v1"

// RulesID names the effective rule set, after layering: a hash of the
// compiled rules, so the same rules give the same id whatever files they
// came from, and any change to a rule that could change a claim gives
// another. It does not name the build of crosscheck: shards and the
// comparison should run one build (see README, "Shards").
func RulesID(rs *rule.Set) string {
	b, err := json.Marshal(&rs.File)
	if err != nil {
		// A rule set that cannot be written has no id; every line then
		// carries this one, and a comparison under loaded rules refuses it.
		return "unhashable: " + err.Error()
	}
	h := sha256.Sum256(b)
	return "sha256:" + hex.EncodeToString(h[:16])
}

// line is one line of a claims file as read. Exactly one of Doc and
// Diagnostic is set. The claims are claim.Claim as the engine has it,
// written by field name without zero fields (see compact.go): a field
// added to a claim is carried without a change here, and the round-trip
// test fails if one cannot be. Pointers tell a missing field from an
// empty one.
type line struct {
	V          *string           `json:"v"`
	Rules      *string           `json:"rules"`
	Doc        *lineDoc          `json:"doc"`
	Claims     *[]claim.Claim    `json:"claims"`
	Lede       claim.Subject     `json:"lede"`
	HasLede    bool              `json:"has_lede"`
	Related    [][2]string       `json:"related"`
	Names      map[string]string `json:"names"`
	Venues     []string          `json:"venues"`
	Victims    []string          `json:"victims"`
	Diagnostic *diag.Diagnostic  `json:"diagnostic"`
}

// lineDoc is a document with its id and text required: the outer fields
// take "id" and "text", the embedded document the rest.
type lineDoc struct {
	document.Document
	ID   *string `json:"id"`
	Text *string `json:"text"`
}

// Writer writes a claims file.
type Writer struct {
	w     io.Writer
	rules string
	buf   []byte
}

// NewWriter writes lines for claims read under the rule set named rules
// (RulesID).
func NewWriter(w io.Writer, rules string) *Writer {
	return &Writer{w: w, rules: rules}
}

// Diagnostic writes a diagnostic of the reading, for the comparison's report.
func (cw *Writer) Diagnostic(d diag.Diagnostic) error {
	cw.buf = cw.head(cw.buf[:0])
	cw.buf = append(cw.buf, `,"diagnostic":`...)
	cw.buf = appendJSON(cw.buf, &d)
	return cw.flush()
}

// Document writes one document as Extract read it.
func (cw *Writer) Document(x *check.Extracted) error {
	b := cw.head(cw.buf[:0])
	b = append(b, `,"doc":`...)
	b = appendJSON(b, &x.Doc) // by its tags: id and text always
	b = append(b, `,"claims":`...)
	if len(x.Claims) == 0 {
		b = append(b, "[]"...)
	} else {
		b = appendCompact(b, x.Claims)
	}
	if x.HasLede {
		b = append(b, `,"has_lede":true`...)
	}
	if !isZero(&x.Lede) {
		b = append(b, `,"lede":`...)
		b = appendCompact(b, &x.Lede)
	}
	if x.Related != nil {
		b = append(b, `,"related":`...)
		b = appendCompact(b, x.Related)
	}
	if x.Names != nil {
		b = append(b, `,"names":`...)
		b = appendCompact(b, x.Names)
	}
	if x.Venues != nil {
		b = append(b, `,"venues":`...)
		b = appendCompact(b, x.Venues)
	}
	if x.Victims != nil {
		b = append(b, `,"victims":`...)
		b = appendCompact(b, x.Victims)
	}
	cw.buf = b
	return cw.flush()
}

func (cw *Writer) head(b []byte) []byte {
	b = append(b, `{"v":`...)
	b = appendString(b, Version)
	b = append(b, `,"rules":`...)
	return appendString(b, cw.rules)
}

func (cw *Writer) flush() error {
	cw.buf = append(cw.buf, "}\n"...)
	_, err := cw.w.Write(cw.buf)
	return err
}
