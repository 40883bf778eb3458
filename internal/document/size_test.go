package document

import (
	"strings"
	"testing"
	"time"
)

// TestSizeHazards feeds inputs built to be slow or deep; each must load
// (or be refused) quickly.
func TestSizeHazards(t *testing.T) {
	para := "Gunmen opened fire at the Crocus City Hall, killing at least 133 people. "
	big := strings.Repeat(para, 1<<20/len(para))
	tests := []struct {
		name, file, in string
		docs           int
	}{
		{"1 MB record", "big.json", `[{"text": "` + big + `"}]`, 1},
		{"1 MB of html in a record", "big.json", `[{"text": "` + strings.Repeat("<p>"+para+"</p>", 1<<20/(len(para)+7)) + `"}]`, 1},
		{"20000 lines", "big.jsonl", strings.Repeat(`{"id": "same", "text": "`+para+"\"}\n", 20000), 20000},
		{"one long line of text", "big.txt", big, 1},
		{"deep html", "deep.html", strings.Repeat("<div>", 200000) + "39 dead", 1},
		{"deep svg", "deep.html", strings.Repeat("<svg>", 200000) + "<p>39 dead", 0},
		{"open tags without end", "big.json", `[{"text": "` + strings.Repeat("<a ", 300000) + `"}]`, 1},
		{"deep json", "deep.json", strings.Repeat(`{"a":`, 300000), 0},
		{"deep json lines", "deep.jsonl", strings.Repeat("[", 300000) + "\n" + `{"text": "39 dead"}`, 1},
		{"long title in html", "t.html", "<h1>" + strings.Repeat("<b>x</b>", 200000) + "</h1><p>39 dead</p>", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			docs, _ := Load(tt.file, []byte(tt.in), Options{})
			if len(docs) != tt.docs {
				t.Errorf("got %d documents, want %d", len(docs), tt.docs)
			}
			if el := time.Since(start); el > 10*time.Second { // generous: the machine is shared; quadratic code takes minutes
				t.Errorf("took %v", el)
			}
			for _, d := range docs {
				if len(d.Title) > 1000 {
					t.Errorf("title of %d bytes", len(d.Title))
				}
			}
		})
	}
}
