package yamlx

import "testing"

func TestSuggest(t *testing.T) {
	keys := []string{"id", "kind", "severity", "aliases", "tolerance", "subject"}
	tests := []struct{ in, want string }{
		{"severty", "severity"},    // a dropped letter
		{"sevreity", "severity"},   // two neighbours swapped
		{"Severity", "severity"},   // case only
		{"aliass", "aliases"},      // a wrong last letter
		{"tolerence", "tolerance"}, // the common misspelling
		{"ids", "id"},              // short words still get one edit
		{"colour", ""},             // nothing close
		{"sbj", ""},                // an abbreviation too far from "subject"
		{"", ""},
	}
	for _, tt := range tests {
		if got := Suggest(tt.in, keys); got != tt.want {
			t.Errorf("Suggest(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	ids := []string{"iskp-founding-year", "iskp-strength", "santa-maria-detentions"}
	if got := Suggest("iskp-founding-yr", ids); got != "iskp-founding-year" {
		t.Errorf("id suggestion = %q", got)
	}
	if got := Suggest("santa-maria-arrests", ids); got != "" {
		t.Errorf("a different id should not be suggested, got %q", got)
	}
}
