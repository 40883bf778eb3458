package document

import (
	"encoding/binary"
	"reflect"
	"testing"
	"unicode/utf16"
)

// utf16Bytes writes s as UTF-16 in the given byte order, with bom first.
func utf16Bytes(s string, order binary.AppendByteOrder, bom bool) []byte {
	var out []byte
	if bom {
		out = order.AppendUint16(out, 0xFEFF)
	}
	for _, u := range utf16.Encode([]rune(s)) {
		out = order.AppendUint16(out, u)
	}
	return out
}

func utf32Bytes(s string, order binary.AppendByteOrder) []byte {
	out := order.AppendUint32(nil, 0xFEFF)
	for _, r := range s {
		out = order.AppendUint32(out, uint32(r))
	}
	return out
}

// TestUnicodeEncodings reads one record written in each encoding Windows
// and other tools write; each must give the document UTF-8 gives.
func TestUnicodeEncodings(t *testing.T) {
	const rec = `[{"id": "a", "title": "Теракт в «Крокусе»", "text": "At least 133 people were killed, سه نفر"}]`
	tests := []struct {
		name string
		in   []byte
	}{
		{"UTF-8", []byte(rec)},
		{"UTF-8 with BOM", append([]byte("\xef\xbb\xbf"), rec...)},
		{"UTF-16LE with BOM", utf16Bytes(rec, binary.LittleEndian, true)},
		{"UTF-16BE with BOM", utf16Bytes(rec, binary.BigEndian, true)},
		{"UTF-16LE without BOM", utf16Bytes(rec, binary.LittleEndian, false)},
		{"UTF-16BE without BOM", utf16Bytes(rec, binary.BigEndian, false)},
		{"UTF-32LE with BOM", utf32Bytes(rec, binary.LittleEndian)},
		{"UTF-32BE with BOM", utf32Bytes(rec, binary.BigEndian)},
	}
	want, _ := Load("c.json", []byte(rec), Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, diags := Load("c.json", tt.in, Options{})
			if len(diags) != 0 {
				t.Errorf("diagnostics:\n%s", diags.Error())
			}
			if !reflect.DeepEqual(docs, want) {
				t.Errorf("documents\n got %+v\nwant %+v", docs, want)
			}
		})
	}
}

// TestUnicodePositions places an error in UTF-16 input on its line and
// column, as an editor shows them.
func TestUnicodePositions(t *testing.T) {
	in := utf16Bytes("[\n  {\"text\": \"a\"},\n  {\"text\": 3}\n]", binary.LittleEndian, true)
	_, diags := Load("c.json", in, Options{})
	if got := wheres(diags); !reflect.DeepEqual(got, []string{"c.json:3:12 error field-type /1 text"}) {
		t.Errorf("diagnostics %q", got)
	}
	// The offset counts in the bytes given: the mark, then two bytes for
	// each character before the error in UTF-16 and four in UTF-32, where
	// the Cyrillic letter is two bytes of the decoded text but one
	// character.
	if len(diags) == 1 && diags[0].Offset != 2+2*30 {
		t.Errorf("UTF-16 offset %d, want %d", diags[0].Offset, 2+2*30)
	}
	in = utf32Bytes("[{\"t\": \"Ж\", \"text\": 3}]", binary.BigEndian)
	if _, diags = Load("c.json", in, Options{}); len(diags) != 1 || diags[0].Offset != 4+4*20 {
		t.Errorf("UTF-32 diagnostics %+v, want one at offset %d", diags, 4+4*20)
	}
}

// TestNotUTF16 leaves UTF-8 alone when it merely holds NULs or starts
// with bytes a BOM-less guess could misread.
func TestNotUTF16(t *testing.T) {
	for _, in := range []string{
		"a\x00",
		"[{\"text\": \"39 dead\\u0000\"}]",
		"# Title\x00\x00\nThree were killed.",
		"\x00\x00\x00\x00",
		"AB\x00",
	} {
		if out, enc := decodeUnicode([]byte(in)); enc != "" || string(out) != in {
			t.Errorf("decodeUnicode(%q) = %q, %q; want it unchanged", in, out, enc)
		}
	}
}
