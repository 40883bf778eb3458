package document

import (
	"encoding/binary"
	"sort"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/internal/diag"
)

// decodeUnicode returns data as UTF-8, and the encoding it was read from
// ("" when it already was UTF-8). Windows tools write UTF-16 (PowerShell's
// ">" and Out-File, Notepad's "Unicode"), mostly with a byte order mark;
// UTF-32 is rarer but has one too. UTF-16 without a mark is told by its
// NULs: the text of news JSON is mostly ASCII, and in UTF-16 every ASCII
// character carries a NUL on the same side. Anything else is left to the
// loader as it is (a UTF-8 mark is blanked there, keeping offsets).
//
// Positions in diagnostics then count in the decoded text: the same lines,
// and for ASCII the same columns, as an editor shows for the file.
//
// The standard library's unicode/utf16 is enough for this and keeps
// golang.org/x/text/encoding (and its tables) out of the Wasm bundle.
func decodeUnicode(data []byte) ([]byte, string) {
	switch {
	case hasPrefix(data, 0xFF, 0xFE, 0x00, 0x00):
		return decode32(data[4:], binary.LittleEndian), "UTF-32LE"
	case hasPrefix(data, 0x00, 0x00, 0xFE, 0xFF):
		return decode32(data[4:], binary.BigEndian), "UTF-32BE"
	case hasPrefix(data, 0xFF, 0xFE):
		return decode16(data[2:], binary.LittleEndian), "UTF-16LE"
	case hasPrefix(data, 0xFE, 0xFF):
		return decode16(data[2:], binary.BigEndian), "UTF-16BE"
	}
	switch nulSide(data) {
	case 1:
		return decode16(data, binary.LittleEndian), "UTF-16LE"
	case 0:
		return decode16(data, binary.BigEndian), "UTF-16BE"
	}
	return data, ""
}

func hasPrefix(data []byte, p ...byte) bool {
	return len(data) >= len(p) && string(data[:len(p)]) == string(p)
}

// nulSide looks at the first pairs of bytes for ASCII written as UTF-16:
// 1 when the NUL comes second in them (little-endian), 0 when first
// (big-endian), -1 when the bytes do not look like UTF-16. It asks that at
// least half the pairs be such ASCII, all on one side, and no pair be two
// NULs, so UTF-8 with a stray NUL is never taken for UTF-16.
func nulSide(data []byte) int {
	n := min(len(data), 512) &^ 1
	if n < 4 {
		return -1
	}
	le, be := 0, 0
	for i := 0; i < n; i += 2 {
		a, b := data[i], data[i+1]
		switch {
		case a == 0 && b == 0:
			return -1
		case a != 0 && a < utf8.RuneSelf && b == 0:
			le++
		case a == 0 && b != 0 && b < utf8.RuneSelf:
			be++
		}
	}
	pairs := n / 2
	switch {
	case le*2 >= pairs && be == 0:
		return 1
	case be*2 >= pairs && le == 0:
		return 0
	}
	return -1
}

// decode16 decodes UTF-16; unpaired surrogates and a last odd byte become
// U+FFFD, as invalid UTF-8 does elsewhere.
func decode16(data []byte, order binary.ByteOrder) []byte {
	units := make([]uint16, len(data)/2)
	for i := range units {
		units[i] = order.Uint16(data[2*i:])
	}
	out := make([]byte, 0, len(data))
	for _, r := range utf16.Decode(units) {
		out = utf8.AppendRune(out, r)
	}
	if len(data)%2 == 1 {
		out = utf8.AppendRune(out, utf8.RuneError)
	}
	return out
}

// decode32 decodes UTF-32; values that are not characters, and a cut-off
// last unit, become U+FFFD.
func decode32(data []byte, order binary.ByteOrder) []byte {
	out := make([]byte, 0, len(data)/2)
	for i := 0; i+4 <= len(data); i += 4 {
		r := rune(order.Uint32(data[i:]))
		if !utf8.ValidRune(r) {
			r = utf8.RuneError
		}
		out = utf8.AppendRune(out, r)
	}
	if len(data)%4 != 0 {
		out = utf8.AppendRune(out, utf8.RuneError)
	}
	return out
}

// sourceOffsets turns the offsets of ds, which count in the text decoded
// from data, into offsets in data itself, in one walk over data.
func sourceOffsets(data []byte, enc string, ds diag.List) {
	idx := make([]int, 0, len(ds))
	for i := range ds {
		if ds[i].Offset > 0 {
			idx = append(idx, i)
		}
	}
	sort.Slice(idx, func(a, b int) bool { return ds[idx[a]].Offset < ds[idx[b]].Offset })
	var order binary.ByteOrder = binary.LittleEndian
	if enc == "UTF-16BE" || enc == "UTF-32BE" {
		order = binary.BigEndian
	}
	unit, src := 2, 0
	if enc == "UTF-32LE" || enc == "UTF-32BE" {
		unit = 4
	}
	if hasPrefix(data, 0xFF, 0xFE) || hasPrefix(data, 0xFE, 0xFF) {
		src = 2 // a mark, of two bytes in UTF-16
	}
	if hasPrefix(data, 0xFF, 0xFE, 0x00, 0x00) || hasPrefix(data, 0x00, 0x00, 0xFE, 0xFF) {
		src = 4
	}
	out := 0 // decoded bytes before data[src]
	for _, i := range idx {
		for out < ds[i].Offset && src < len(data) {
			read, width := decodedStep(data[src:], unit, order)
			if out+width > ds[i].Offset {
				break // inside one character: point at its start
			}
			src, out = src+read, out+width
		}
		ds[i].Offset = src
	}
}

// decodedStep reads one character from the start of data, in units of
// unit bytes, as decode16 and decode32 read it: the bytes it is written
// with and the bytes of its UTF-8.
func decodedStep(data []byte, unit int, order binary.ByteOrder) (read, width int) {
	if len(data) < unit {
		return len(data), utf8.RuneLen(utf8.RuneError)
	}
	if unit == 4 {
		r := rune(order.Uint32(data))
		if !utf8.ValidRune(r) {
			r = utf8.RuneError
		}
		return 4, utf8.RuneLen(r)
	}
	r := rune(order.Uint16(data))
	if utf16.IsSurrogate(r) && len(data) >= 4 {
		if p := utf16.DecodeRune(r, rune(order.Uint16(data[2:]))); p != utf8.RuneError {
			return 4, utf8.RuneLen(p)
		}
	}
	if utf16.IsSurrogate(r) {
		r = utf8.RuneError
	}
	return 2, utf8.RuneLen(r)
}
