package document

import "testing"

func TestSanitize(t *testing.T) {
	tests := []struct {
		name, in, want string
		bad            bool
	}{
		{"clean text kept", "The massacre left 39 people dead.", "The massacre left 39 people dead.", false},
		{"CRLF", "39 dead\r\ndozens wounded\r\n", "39 dead\ndozens wounded\n", false},
		{"lone CR kept", "39 dead\rdozens", "39 dead\rdozens", false},
		{"CR CR LF", "39 dead\r\r\ndozens\r\r", "39 dead\ndozens\r\r", false},
		{"curly quotes kept", "“close associate”", "“close associate”", false},
		{"NUL", "39\x00dead", "39\ufffddead", true},
		{"invalid byte", "Al-Masri\xe2s death", "Al-Masri\ufffds death", true},
		{"cut rune at end", "Tehran\xe2\x80", "Tehran\ufffd\ufffd", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, bad := sanitize(tt.in)
			if got != tt.want || bad != tt.bad {
				t.Errorf("sanitize(%q) = %q, %v; want %q, %v", tt.in, got, bad, tt.want, tt.bad)
			}
		})
	}
}

func TestHasTags(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"<p>39 dead</p>", true},
		{"39 dead<br/>dozens wounded", true},
		{"39 dead<br>", true},
		{`<a href="/x">link</a>`, true},
		{"fewer than <10 people", false},
		{"3 < 5 and 7 > 6", false},
		{"a <- b", false},
		{"<b", false},
	}
	for _, tt := range tests {
		if got := hasTags(tt.in); got != tt.want {
			t.Errorf("hasTags(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestLoadReplacesBadUTF8(t *testing.T) {
	docs, diags := Load("a.txt", []byte("Al-Masri\xe2s death\x00\r\n"), Options{})
	if len(docs) != 1 || docs[0].Text != "Al-Masri\ufffds death\ufffd\n" {
		t.Fatalf("docs = %+v", docs)
	}
	if got := wheres(diags); len(got) != 1 || got[0] != "a.txt warning bad-utf8" {
		t.Errorf("diagnostics = %q, want one bad-utf8 warning", got)
	}
}
