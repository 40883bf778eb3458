package when

import "testing"

// TestLetterRun checks the word-at-a-time letter test against a byte test
// for every byte value in every position.
func TestLetterRun(t *testing.T) {
	isLetter := func(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }
	for pos := 0; pos < 8; pos++ {
		for c := 0; c < 256; c++ {
			b := []byte("abcdefgh")
			b[pos] = byte(c)
			want := 0
			for want < 8 && isLetter(b[want]) {
				want++
			}
			if got := letterRun(load64(string(b), 0)); got != want {
				t.Fatalf("letterRun(%q) = %d, want %d", b, got, want)
			}
		}
	}
}
