package document

import (
	"bytes"

	"github.com/tidwall/gjson"
)

// loadJSONL reads JSON Lines: one record per line, blank lines skipped. A
// bad line is reported with its line number and the other lines still load.
func (l *loader) loadJSONL() {
	data := blankBOM(l.data)
	n, lineNo := 0, 0
	for start := 0; start < len(data); {
		end := bytes.IndexByte(data[start:], '\n')
		if end < 0 {
			end = len(data)
		} else {
			end += start
		}
		line, base := data[start:end], start
		start = end + 1
		lineNo++
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		// Records are numbered by non-blank line, so default ids do not
		// shift when a bad line is fixed.
		n++
		if !l.validJSON(line, base) {
			continue
		}
		l.loadRecord(gjson.ParseBytes(line), place{line: lineNo, base: base}, n)
	}
}
