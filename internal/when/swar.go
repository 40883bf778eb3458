package when

import "math/bits"

// Word-at-a-time helpers: eight bytes of text in one uint64, the first
// byte lowest. The Go compiler turns load64's byte loads into a single
// 8-byte load on amd64 and on WebAssembly (i64.load), where a byte loop
// costs several times more than natively.

const highBits = 0x8080808080808080

// load64 returns s[i:i+8] as a little-endian word; i+8 <= len(s).
func load64(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// letterMask sets the high bit of each byte of x that is an ASCII letter.
// Folding case maps only A-Z onto a-z; clearing the high bits first keeps
// the additions from carrying into the next byte.
func letterMask(x uint64) uint64 {
	y := (x | 0x2020202020202020) &^ highBits
	ge := y + 0x1f1f1f1f1f1f1f1f // high bit: y >= 'a'
	gt := y + 0x0505050505050505 // high bit: y > 'z'
	return ge &^ gt &^ x & highBits
}

// letterRun returns how many ASCII letters x starts with (8: all).
func letterRun(x uint64) int {
	return bits.TrailingZeros64(^letterMask(x)&highBits) >> 3
}
