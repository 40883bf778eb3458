package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/tidwall/pretty"
)

// Formats the renderers know.
var Formats = []string{"text", "json", "csv", "markdown"}

// Write renders r in the named format.
func Write(w io.Writer, r *Report, format string, color bool) error {
	switch format {
	case "json":
		return WriteJSON(w, r)
	case "csv":
		return WriteCSV(w, r)
	case "markdown", "md":
		return WriteMarkdown(w, r)
	case "text", "":
		return WriteText(w, r, color)
	}
	return fmt.Errorf("unknown format %q (formats: %s)", format, strings.Join(Formats, ", "))
}

// WriteJSON writes the versioned JSON report, indented, without escaping
// HTML characters (quotes hold "<" and "&" as written).
func WriteJSON(w io.Writer, r *Report) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return err
	}
	// The encoder's own indenting runs its validating scanner over every
	// byte again; pretty writes the same bytes (FuzzWriteJSON) in a third
	// of the time, which a Worker pays on every check.
	_, err := w.Write(pretty.PrettyOptions(bytes.TrimSuffix(b.Bytes(), []byte("\n")), &pretty.Options{Indent: "  "}))
	return err
}

// csvHeader names the CSV columns: one row per source of each finding,
// so a spreadsheet can sort and filter by outlet, date or event.
var csvHeader = []string{"finding", "severity", "kind", "claim", "relation", "event", "subject", "side", "value", "outlet", "published", "url", "doc", "words", "quote", "message"}

// WriteCSV writes one row for every source of every finding: the finding,
// its event, the side, the value that source gives, and where it is
// (outlet, publication date, URL, document, the words read and their
// sentence).
func WriteCSV(w io.Writer, r *Report) error {
	cw := csv.NewWriter(w)
	cw.Write(csvHeader)
	urls := make(map[string]string, len(r.Documents))
	for _, d := range r.Documents {
		urls[d.ID] = d.URL
	}
	for _, f := range r.Findings {
		byside := map[string]string{}
		for _, v := range f.Values {
			byside[v.Side] = v.Text
		}
		for _, e := range f.Evidence {
			value := e.Value
			if v, ok := byside[e.Side]; ok && f.Kind != "responsibility" {
				value = v // the side's figure as compared ("12+"), not each passage's reading
			}
			row := []string{f.ID, f.Severity, f.Kind, f.Claim, f.Relation, f.Event, f.Subject, e.Side, value,
				e.Outlet, e.Published, urls[e.Doc], e.Doc, e.Words, e.Quote, f.Message}
			for i, v := range row {
				row[i] = csvSafe(v)
			}
			cw.Write(row)
		}
	}
	cw.Flush()
	return cw.Error()
}

// csvSafe keeps spreadsheet programs from running a cell as a formula.
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func value(f Finding, i int) string {
	if i < len(f.Values) {
		return f.Values[i].Text
	}
	return ""
}

// sides returns the first evidence of side a and of side b (b may be a
// when a finding has one side only, as arithmetic findings do).
func sides(f Finding) (a, b Evidence) {
	if len(f.Evidence) == 0 {
		return
	}
	a, b = f.Evidence[0], f.Evidence[0]
	for _, e := range f.Evidence {
		if e.Side == "b" {
			return a, e
		}
	}
	return
}

// WriteMarkdown writes a report people can paste into a ticket or a doc.
func WriteMarkdown(w io.Writer, r *Report) error {
	fmt.Fprintf(w, "# crosscheck report\n\n%d documents, %d claims, %d findings.\n\n", r.Summary.Documents, r.Summary.Claims, r.Summary.Findings)
	for _, f := range r.Findings {
		fmt.Fprintf(w, "## %s: %s\n\n", mdEscape(strings.ToUpper(f.Severity)), mdEscape(f.Subject))
		fmt.Fprintf(w, "%s — `%s` / `%s`, %s, rule `%s`, id `%s`\n\n", mdEscape(f.Message), mdCode(f.Kind), mdCode(f.Claim), mdEscape(f.Relation), mdCode(f.Rule), mdCode(f.ID))
		fmt.Fprintf(w, "| side | source | published | value | passage |\n|---|---|---|---|---|\n")
		for _, e := range f.Evidence {
			src := e.Outlet
			if src == "" {
				src = e.Doc
			}
			quote := strings.Replace(mdEscape(e.Quote), mdEscape(e.Words), "**"+mdEscape(e.Words)+"**", 1)
			fmt.Fprintf(w, "| %s | %s | %s | %s | %s |\n", mdEscape(e.Side), mdEscape(src), mdEscape(e.Published), mdEscape(e.Value), quote)
		}
		fmt.Fprintln(w)
	}
	for _, d := range r.Diagnostics {
		fmt.Fprintf(w, "- `%s`\n", mdCode(d.Error()))
	}
	return nil
}

// mdEscape makes s one line of Markdown text showing as written: line
// breaks become spaces, other control characters visible escapes, and
// Markdown's own characters are escaped.
func mdEscape(s string) string {
	return mdReplacer.Replace(Visible(strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s)))
}

var mdReplacer = strings.NewReplacer("|", "\\|", "<", "&lt;", ">", "&gt;", "*", "\\*", "_", "\\_", "`", "\\`")

// mdCode makes s fit in a code span: one line, control characters
// escaped, and no backtick to end the span early.
func mdCode(s string) string {
	return strings.ReplaceAll(Visible(s), "`", "'")
}
