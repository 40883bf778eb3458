package yamlx

import (
	"strings"
	"testing"
)

// bigRules is a rule file just under MaxBytes, the worst a host will pass.
func bigRules(tail string) []byte {
	var b strings.Builder
	b.WriteString("version: 1\nrules:\n")
	for b.Len() < MaxBytes-200 {
		b.WriteString("  - id: santa-maria-detentions\n    kind: count\n    aliases: [Santa Maria church attack, Istanbul]\n    range: {lo: 47, hi: 51}\n")
	}
	b.WriteString(tail)
	return []byte(b.String())
}

func BenchmarkDecodeLargeFile(b *testing.B) {
	src := bigRules("")
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		var f ruleFile
		if got := Decode("big.yaml", src, &f); got != nil {
			b.Fatal(got.Error())
		}
	}
}

// The line of a syntax error is found by bisection: about 20 re-parses here.
func BenchmarkDecodeLargeFileSyntaxErrorAtEnd(b *testing.B) {
	src := bigRules("  - id: reina\n    note: killed: 39\n")
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		var f ruleFile
		if got := Decode("big.yaml", src, &f); len(got) != 1 || got[0].Code != "yaml-syntax" {
			b.Fatal(got.Error())
		}
	}
}
