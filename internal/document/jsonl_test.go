package document

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

// TestJSONLBadLine loads a feed whose second line is cut off: the error
// names line 2 and the lines around it still load.
func TestJSONLBadLine(t *testing.T) {
	data, err := os.ReadFile("testdata/feed.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	docs, diags := Load("feed.jsonl", data, Options{})
	var got []string
	for _, d := range docs {
		got = append(got, d.ID+" "+d.Outlet+" "+d.Published+" "+d.Origin)
	}
	want := []string{
		"lwj-1 FDD's Long War Journal 2017-04-07 feed.jsonl:1",
		"an-1 Arab News 2020-11-15 feed.jsonl:4",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("documents = %q, want %q", got, want)
	}
	line2 := len(strings.SplitN(string(data), "\n", 3)[1])
	if len(diags) != 1 || diags[0].Line != 2 || diags[0].Col != line2+1 || diags[0].Code != "json-syntax" {
		t.Errorf("diagnostics = %q, want one json-syntax at 2:%d", wheres(diags), line2+1)
	}
	if !strings.HasPrefix(docs[0].Text, "The US military announced today that Abdurakhmon Uzbeki") {
		t.Errorf("text = %.60q", docs[0].Text)
	}
}

func TestJSONLLines(t *testing.T) {
	in := "{\"text\": \"a\"}\n" + // 1
		"[\"not\", \"an object\"]\n" + // 2
		"\n" + // 3: blank, skipped
		"{\"text\": \"b\", \"date\": \"someday\"}\n" + // 4
		"{\"text\": 39}\n" + // 5
		"{\"title\": \"no text\"}\n" + // 6
		"{\"text\": \"c\",}\n" + // 7
		"  {\"id\": \"x\", \"text\": \"d\"}\n" // 8
	docs, diags := Load("f.jsonl", []byte(in), Options{})
	var ids []string
	for _, d := range docs {
		if d.ID == ContentID(&d) {
			d.ID = "auto"
		}
		ids = append(ids, d.ID+"@"+d.Origin)
	}
	// Records without an id are named by what they hold.
	if want := []string{"auto@f.jsonl:1", "auto@f.jsonl:4", "x@f.jsonl:8"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("ids = %q, want %q", ids, want)
	}
	want := []string{
		"f.jsonl:2:1 error record-not-object",
		"f.jsonl:4:23 warning bad-date date",
		"f.jsonl:5:10 error field-type text",
		"f.jsonl:6:1 error missing-text text",
		"f.jsonl:7:14 error json-syntax",
	}
	if got := wheres(diags); !reflect.DeepEqual(got, want) {
		t.Errorf("diagnostics\n got %q\nwant %q", got, want)
	}
}
