package document

import (
	"bytes"
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/internal/diag"
	"github.com/tidwall/gjson"
)

// Load parses one input. name is the file name or "-" / "<stdin>" /
// "<request>"; it is used in messages and in default ids. Every problem is
// returned as a diagnostic; records that load are returned even when others
// do not. Input in UTF-16 or UTF-32 is decoded first (see decodeUnicode);
// lines and columns then count in the decoded text, as an editor shows it,
// and offsets in the bytes as given.
func Load(name string, data []byte, opt Options) ([]Document, diag.List) {
	text, enc := decodeUnicode(data)
	docs, ds := load(name, text, opt)
	if enc != "" {
		sourceOffsets(data, enc, ds)
	}
	return docs, ds
}

func load(name string, data []byte, opt Options) ([]Document, diag.List) {
	l := &loader{file: displayName(name), data: data, opt: opt}
	l.diags = append(l.diags, checkMap(opt.Map)...)
	for i := range l.diags {
		l.diags[i].File = l.file
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(data, bom))) == 0 {
		l.add(diag.Diagnostic{Code: "empty-input", Severity: diag.Error, Message: "input is empty"})
		return nil, l.diags
	}
	switch l.format() {
	case "json":
		l.loadJSON()
		l.checkHits()
	case "jsonl":
		l.loadJSONL()
		l.checkHits()
	case "html":
		l.loadHTML()
	case "md":
		l.loadPlain(true)
	default:
		l.loadPlain(false)
	}
	l.dedupe()
	return l.docs, l.diags
}

// bom is the UTF-8 byte order mark some editors put at the start of files.
var bom = []byte("\xef\xbb\xbf")

// loader holds the state of one Load call.
type loader struct {
	file    string // name as shown in messages
	data    []byte
	opt     Options
	docs    []Document
	locs    []place // where each of docs came from, for duplicate-id messages
	diags   diag.List
	hits    map[string]bool // fields whose paths matched some record
	lines   []int           // offsets where lines start, built on first use
	records int             // records seen, loaded or not
}

// place is where a record sits in the input.
type place struct {
	pointer string // JSON pointer, "" for the root or a JSONL line
	line    int    // JSONL line, 0 otherwise
	base    int    // offset in the input of the buffer the record was parsed from
	rec     int    // offset of the record in that buffer
}

// add records a diagnostic against the loader's file.
func (l *loader) add(d diag.Diagnostic) {
	d.File = l.file
	l.diags = append(l.diags, d)
}

// at fills the position of d from a byte offset into the input. It gives
// what diag.LineCol gives, from an index of line starts built once, so a
// file with a warning on each of its many lines stays linear.
func (l *loader) at(d diag.Diagnostic, offset int) diag.Diagnostic {
	if offset < 0 {
		return d
	}
	offset = min(offset, len(l.data))
	if l.lines == nil {
		l.lines = []int{0}
		for i, c := range l.data {
			if c == '\n' {
				l.lines = append(l.lines, i+1)
			}
		}
	}
	// The line is the last one starting at or before offset.
	n := sort.Search(len(l.lines), func(i int) bool { return l.lines[i] > offset })
	d.Offset = offset
	d.Line, d.Col = n, offset-l.lines[n-1]+1
	return d
}

// displayName turns the names hosts use for standard input into one form.
func displayName(name string) string {
	switch name {
	case "", "-", "<stdin>":
		return "<stdin>"
	}
	return name
}

// baseName is the file's last path element (either slash), without the
// angle brackets of "<stdin>"-like names, for default ids.
func baseName(name string) string {
	if strings.HasPrefix(name, "<") && strings.HasSuffix(name, ">") {
		return strings.Trim(name, "<>")
	}
	return path.Base(strings.ReplaceAll(name, `\`, "/"))
}

// stem is baseName without its extension.
func stem(name string) string {
	b := baseName(name)
	if ext := path.Ext(b); ext != "" && ext != b {
		b = strings.TrimSuffix(b, ext)
	}
	return b
}

// formatAliases maps the names users write for --format to our names.
var formatAliases = map[string]string{
	"json": "json", "jsonl": "jsonl", "ndjson": "jsonl", "jsonlines": "jsonl",
	"text": "text", "txt": "text", "plain": "text",
	"html": "html", "htm": "html",
	"md": "md", "markdown": "md",
}

// extFormats maps file extensions to formats.
var extFormats = map[string]string{
	".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
	".txt": "text", ".text": "text", ".md": "md", ".markdown": "md",
	".html": "html", ".htm": "html", ".xhtml": "html",
}

// format decides how to read the input: forced, by extension, by content.
func (l *loader) format() string {
	if l.opt.Format != "" {
		if f, ok := formatAliases[strings.ToLower(l.opt.Format)]; ok {
			return f
		}
		l.add(diag.Diagnostic{
			Code: "bad-format", Severity: diag.Error,
			Message: fmt.Sprintf("unknown format %q; detecting it from the input", l.opt.Format),
			Hint:    "formats are json, jsonl, text, html, md",
		})
	}
	if f, ok := extFormats[strings.ToLower(path.Ext(baseName(l.file)))]; ok {
		return f
	}
	return sniff(l.data)
}

// sniff guesses the format from the content: JSON starts with '[' or '{',
// and several values on their own lines make JSON Lines.
func sniff(data []byte) string {
	s := bytes.TrimLeft(bytes.TrimPrefix(data, bom), " \t\r\n")
	switch {
	case len(s) == 0:
		return "text"
	case s[0] == '[':
		return "json"
	case s[0] == '{':
		if looksLikeJSONL(s) {
			return "jsonl"
		}
		return "json"
	case s[0] == '<':
		return "html"
	}
	return "text"
}

// looksLikeJSONL reports whether data is not one JSON value but holds
// several non-blank lines, one of the first few being a whole object. A
// pretty-printed object is not JSONL: its first line "{" is not valid alone.
func looksLikeJSONL(data []byte) bool {
	if gjson.ValidBytes(data) {
		return false
	}
	lines, whole := 0, false
	for rest := data; len(rest) > 0 && lines < 5; {
		var line []byte
		line, rest, _ = bytes.Cut(rest, []byte("\n"))
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		lines++
		if line[0] == '{' && gjson.ValidBytes(line) {
			whole = true
		}
	}
	return whole && lines >= 2
}
