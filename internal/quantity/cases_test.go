package quantity

const inf = Unbounded

// want is one expected amount: its text, interval and vagueness.
type want struct {
	text   string
	lo, hi int64
	vague  bool
}

// scanCases are real news phrasings (most from the seed texts) and every
// amount each must yield, in order. An empty list means no amount.
var scanCases = []struct {
	in   string
	want []want
}{
	// A fact box's label glued to its figure at a line's start is a label
	// and a figure; a code glued inside a line is neither.
	{"Deaths17\nInjured25+", []want{{"17", 17, 17, false}, {"25+", 25, Unbounded, false}}},
	{"Two Kelvar F16 jets and flight Ka302 landed", []want{{"Two", 2, 2, false}}},
	// Plain numbers in digits and words.
	{"Turkish law enforcement forces detained 47 people, most of them Central Asian nationals.", []want{{"47", 47, 47, false}}},
	{"After the Santa Maria attack, Turkey detained 51 people related to the attack.", []want{{"51", 51, 51, false}}},
	{"Twenty-three were deported and 28 were arrested.", []want{{"Twenty-three", 23, 23, false}, {"28", 28, 28, false}}},
	{"where he shot four people, killing one.", []want{{"four", 4, 4, false}, {"one", 1, 1, false}}},
	{"a Tajik national entered the shrine with an automatic rifle, killing 13 and injuring 40 pilgrims", []want{{"13", 13, 13, false}, {"40", 40, 40, false}}},
	{"For example, on April 6, 48 ISKP affiliates were detained", []want{{"48", 48, 48, false}}},
	{"detained 11 Islamic State suspects residing in Istanbul, including 11 from Russia, four from Uzbekistan, one from Kyrgyzstan, one from Azerbaijan, and one from Sudan",
		[]want{{"11", 11, 11, false}, {"11", 11, 11, false}, {"four", 4, 4, false}, {"one", 1, 1, false}, {"one", 1, 1, false}, {"one", 1, 1, false}}},
	{"Three men were arrested in the German state of North Rhine-Westphalia. The raids were linked to three other arrests in Austria and one in Germany on Dec. 24. The four people were reportedly acting in support of ISIS-K.",
		[]want{{"Three", 3, 3, false}, {"three", 3, 3, false}, {"one", 1, 1, false}, {"four", 4, 4, false}}},
	{"Ten people were killed in the blast.", []want{{"Ten", 10, 10, false}}},
	{"ninety-nine prisoners were freed", []want{{"ninety-nine", 99, 99, false}}},
	{"one of the soldiers of the Khilafah struck a famous nightclub", []want{{"one", 1, 1, false}}},
	{"no one can provide objective data on the qualitative and quantitative composition of ISKP", []want{{"one", 1, 1, false}}},
	{"a man who shot and killed two Swedish football fans in Brussels", []want{{"two", 2, 2, false}}},
	{"the attack left 103 people dead", []want{{"103", 103, 103, false}}},
	{"The army deployed 4,000 troops to the border.", []want{{"4,000", 4000, 4000, false}}},
	{"the camp held 1,000 detainees", []want{{"1,000", 1000, 1000, false}}},
	{"Russia expelled 3,400 Tajikistan citizens", []want{{"3,400", 3400, 3400, false}}},

	// Number words with multipliers.
	// "A dozen people died" is about twelve: news uses it for a round number.
	{"a dozen soldiers were wounded", []want{{"a dozen", 10, 14, true}}},
	{"two dozen soldiers were wounded", []want{{"two dozen", 24, 24, false}}},
	{"half a dozen suspects were held", []want{{"half a dozen", 6, 6, false}}},
	{"two dozen people were detained", []want{{"two dozen", 24, 24, false}}},
	{"a hundred people gathered", []want{{"a hundred", 100, 100, false}}},
	{"one hundred and twenty people were evacuated", []want{{"one hundred and twenty", 120, 120, false}}},
	{"two thousand troops crossed the border", []want{{"two thousand", 2000, 2000, false}}},
	{"one thousand and one nights", []want{{"one thousand and one", 1001, 1001, false}}},
	{"half a million people fled", []want{{"half a million", 500000, 500000, false}}},
	{"1.5 million refugees fled the fighting", []want{{"1.5 million", 1500000, 1500000, false}}},
	{"10 million people live in the province", []want{{"10 million", 10000000, 10000000, false}}},

	// Qualifiers.
	{"which killed at least 140 people and injured over 500 more", []want{{"at least 140", 140, inf, false}, {"over 500", 501, inf, false}}},
	{"gunmen killed about 140 people at the Crocus City Hall", []want{{"about 140", 126, 154, false}}},
	{"a double suicide bombing in Kerman, Iran, on January 3 causing almost 400 casualties", []want{{"almost 400", 360, 399, false}}},
	{"the attack left 103 people dead and wounded over 280 others", []want{{"103", 103, 103, false}, {"over 280", 281, inf, false}}},
	{"killed 13 U.S. service members and as many as 170 civilians", []want{{"13", 13, 13, false}, {"as many as 170", 1, 170, false}}},
	{"Russia expelled or deported some 3,400 Tajikistan citizens.", []want{{"some 3,400", 3060, 3740, false}}},
	{"of whom approximately 200 were of Central Asian origin", []want{{"approximately 200", 180, 220, false}}},
	{"Al-Qaeda core is a small group of less than a 100 members.", []want{{"less than a 100", 1, 99, false}}},
	{"ISKP was behind at least 22 plots or attacks in nine different countries, up from eight the year before.",
		[]want{{"at least 22", 22, inf, false}, {"nine", 9, 9, false}, {"eight", 8, 8, false}}},
	{"smuggled more than 400 migrants into the country", []want{{"more than 400", 401, inf, false}}},
	{"nearly 400 people were wounded", []want{{"nearly 400", 360, 399, false}}},
	{"up to 170 civilians may have died", []want{{"up to 170", 1, 170, false}}},
	{"fewer than 50 fighters remain", []want{{"fewer than 50", 1, 49, false}}},
	{"roughly 2,000 troops took part", []want{{"roughly 2,000", 1800, 2200, false}}},
	{"around 300 people were detained", []want{{"around 300", 270, 330, false}}},
	{"more than a dozen people were hurt", []want{{"more than a dozen", 13, inf, false}}},
	{"No fewer than 12 people died", []want{{"No fewer than 12", 12, inf, false}}},
	{"AT LEAST 140 DEAD IN MOSCOW ATTACK", []want{{"AT LEAST 140", 140, inf, false}}},
	{"losses in excess of 300 fighters", []want{{"in excess of 300", 301, inf, false}}},
	{"close to 400 casualties", []want{{"close to 400", 360, 440, false}}},
	{"a total of 363 people were arrested", []want{{"a total of 363", 363, 363, false}}},
	{"140-plus people were killed", []want{{"140-plus", 140, inf, false}}},
	{"1,190+ civilians killed", []want{{"1,190+", 1190, inf, false}}},
	{"between 1500 and 1200 people were killed", []want{{"between 1500 and 1200", 1200, 1500, false}}},
	{"atleast 12 people died", []want{{"atleast 12", 12, inf, false}}},
	{"the score was 3+2 at half time", nil},
	{"500 or more people were injured", []want{{"500 or more", 500, inf, false}}},
	{"the 40-odd militants in the cell", []want{{"40-odd", 40, inf, false}}},
	{"a dozen or so gunmen", []want{{"a dozen or so", 10, 14, false}}},

	// Ranges.
	{"It is estimated that ISKP has between 4,000 and 6,000 members.", []want{{"between 4,000 and 6,000", 4000, 6000, false}}},
	{"estimated current ISIL-K strength at between 1,000 and 3,000 fighters, of whom approximately 200 were of Central Asian origin",
		[]want{{"between 1,000 and 3,000", 1000, 3000, false}, {"approximately 200", 180, 220, false}}},
	{"ISKP has 4,000-6,000 members", []want{{"4,000-6,000", 4000, 6000, false}}},
	{"ISIL-K strength at 1,000–3,000 fighters", []want{{"1,000–3,000", 1000, 3000, false}}},
	{"an estimated 4,000 to 6,000 fighters", []want{{"an estimated 4,000 to 6,000", 3200, 7200, false}}},
	{"the group has 4,000 to 6,000 fighters", []want{{"4,000 to 6,000", 4000, 6000, false}}},
	{"from 20 to 30 people were wounded", []want{{"from 20 to 30", 20, 30, false}}},
	{"20 or 30 people were wounded", []want{{"20 or 30", 20, 30, false}}},
	{"two or three gunmen opened fire", []want{{"two or three", 2, 3, false}}},
	{"10 to 15 thousand people fled", []want{{"10 to 15 thousand", 10000, 15000, false}}},
	{"between 1 and 2 million people", []want{{"between 1 and 2 million", 1000000, 2000000, false}}},
	{"1.5 to 2 million refugees", []want{{"1.5 to 2 million", 1500000, 2000000, false}}},

	// Vague amounts.
	{"killing scores of people and wounding many others", []want{{"scores", 40, 199, true}, {"many", 2, inf, true}}},
	{"twin bombings in Iran that killed scores and wounded hundreds of others", []want{{"scores", 40, 199, true}, {"hundreds", 200, 999, true}}},
	{"The massacre left 39 people dead and dozens more wounded.", []want{{"39", 39, 39, false}, {"dozens", 24, 99, true}}},
	{"Russian authorities on Saturday announced the arrest of several suspects in Friday’s attack.", []want{{"several", 3, 9, true}}},
	{"Turkey carried out dozens of anti-IS operations in some 40 provinces and arrested a total of 363 people.",
		[]want{{"dozens", 24, 99, true}, {"some 40", 36, 44, false}, {"a total of 363", 363, 363, false}}},
	{"Russia Deports Thousands of Tajik Citizens", []want{{"Thousands", 2000, 9999, true}}},
	{"hundreds of thousands of people fled", []want{{"hundreds of thousands", 200000, 999999, true}}},
	{"tens of thousands of troops", []want{{"tens of thousands", 20000, 99999, true}}},
	{"a few suspects escaped", []want{{"a few", 2, 5, true}}},
	{"a handful of fighters", []want{{"a handful", 3, 6, true}}},
	{"several hundred people protested", []want{{"several hundred", 300, 900, true}}},
	{"a few hundred fighters remain", []want{{"a few hundred", 200, 500, true}}},
	{"It has previously claimed a number of other attacks on the country", []want{{"a number of", 2, inf, true}}},

	// Spacing and apostrophes as scraped pages carry them.
	{"gunmen killed about\u00a0140 people at the\u00a0Crocus City Hall", []want{{"about\u00a0140", 126, 154, false}}},
	{"the group’s 47 fighters", []want{{"47", 47, 47, false}}},

	// Not amounts.
	{"Al-Qaeda ‘in crisis’ after No. 2 killed in Tehran", nil},
	{"Abu Mohammed Al-Masri, Al-Qaeda’s No. 2, was killed by assassins", nil},
	{"married to 9/11 mastermind Osama bin Laden’s son Hamza", nil},
	{"95% of people who travel to the country know where they are going", nil},
	{"turnout fell to 25 percent and then to 20 per cent", nil},
	{"Sanaullah Ghafari, Emir of ISIS-K has a U$10 million bounty on his head", nil},
	{"a reward of $10 million was offered", nil},
	{"the fund paid out 5 million dollars", nil},
	{"The SCO is holding its 10th regional anti-terrorism conference", nil},
	{"the 1st battalion", nil},
	{"in the remote IK-19 Surovikino penal colony", nil},
	{"the COVID-19 pandemic", nil},
	{"Someone opened fire and everyone ran; anyone could have been hit.", nil},
	{"the talks were one-sided", nil},
	{"a many-sided conflict", nil},
	{"a 34-year-old Uzbek man", nil},
	{"The two-day meeting in the Uzbek capital", nil},
	{"three-quarters of them", nil},
	{"Al-Masri was gunned down in a Tehran alley on Aug. 7, the anniversary of the 1998 bombings", nil},
	{"the terror network that orchestrated the Sept. 11, 2001, attacks", nil},
	{"The conference is being held on September 4 and 5.", nil},
	{"the global death toll from January 1 to 10", nil},
	{"arriving in Turkey between 2017 and 2019", nil},
	{"multiple arrests over 2023 and 2024", []want{{"multiple", 2, inf, true}}},
	{"On 4 March the group struck again", nil},
	{"the crater was 2.5 metres deep", nil},
	{"2.3m people live there", nil},
	{"the council passed it in a 3-2 vote", nil},
	{"a classic Catch-22", nil},
	{"the EU pledged €5 million and 50 euros per refugee", nil},
	{"the attack at 10:30 was claimed 24/7", nil},
	{"In a statement, a spokesman said", nil},
	{"Almost half of them, officials said, had residence permits.", nil},
}
