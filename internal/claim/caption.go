package claim

// Pages copied without their markup keep their photographs' captions as
// sentences: "Ruins stand in the square of Tarvosh, which was shelled in
// the night, in this still image filmed on March 3, 2021." A caption's
// date is the picture's, which may not be the attack's.

// pictureWords name a picture in a caption or its credit line.
var pictureWords = map[string]bool{"photo": true, "photograph": true, "picture": true, "image": true, "footage": true, "video": true, "handout": true, "photos": true, "pictures": true, "images": true}

// caption reports a sentence that is a picture's caption: "… in this
// (still, file) image", "(AP Photo/…)", or a sentence followed by its
// credit line ("Picture: REUTERS/…", "Photo: AFP").
func caption(di *docInfo, si int) bool {
	toks := di.toks[si]
	for k := 0; k+2 < len(toks); k++ {
		// "in this still image", "in this file photo", "in this picture".
		if toks[k].Lower == "in" && toks[k+1].Lower == "this" && (pictureWords[toks[k+2].Lower] || k+3 < len(toks) && pictureWords[toks[k+3].Lower]) {
			return true
		}
	}
	for k := 1; k < len(toks); k++ {
		// "(AP Photo/Rahmat Gul)".
		if toks[k].Lower == "photo" && (toks[k-1].Text == "AP" || toks[k-1].Text == "AFP") {
			return true
		}
	}
	if si+1 < len(di.toks) {
		next := di.toks[si+1]
		if len(next) > 1 && pictureWords[next[0].Lower] && next[1].Text == ":" || len(next) > 1 && next[0].Lower == "credit" && next[1].Text == ":" {
			return true
		}
	}
	return false
}

// markCaptions marks the captions among a text's sentences that carry a
// date: a caption may tell its own picture's attack ("rescuers at the site
// of the blast on Monday"), but its day is not lent to the sentences
// around it, and a day it gives is the picture's, not one the text tells
// for the attack.
func markCaptions(di *docInfo) {
	di.captions = make([]bool, len(di.toks))
	for si := range di.toks {
		di.captions[si] = len(di.dates[si]) > 0 && caption(di, si)
	}
}
