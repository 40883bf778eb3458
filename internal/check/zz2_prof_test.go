//go:build zzdebug

package check_test

import (
	"os"
	"runtime/pprof"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/check"
	"github.com/crosscheck/crosscheck/internal/document"
)

func TestZZRep(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("N"))
	x := extractor(t)
	for _, s := range []string{
		"Police detained 51 people on Monday. Twenty-three were deported and 28 were arrested. ",
		"The bombing in Kabul on March 3 killed 12 people and injured 40, officials said. ",
		"Islamic State claimed responsibility for the attack in Moscow on Friday, which killed 140. ",
	}[func() int { i, _ := strconv.Atoi(os.Getenv("S")); return i }():][:1] {
		f, _ := os.Create("/tmp/scal/cpu.prof")
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
		docs := []document.Document{{ID: "a", Published: "2024-03-24", Text: strings.Repeat(s, n)}}
		start := time.Now()
		check.Run(x, docs, nil)
		t.Logf("%d bytes: %v", len(docs[0].Text), time.Since(start))
	}
}
