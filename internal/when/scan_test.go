package when

import (
	"strings"
	"testing"
)

// want is one expected date: its Text, interval, precision and whether it
// depended on the reference.
type want struct {
	text   string
	lo, hi string
	prec   Precision
	rel    bool
}

// abs expects a date that stands on its own; hi "" means hi == lo.
func abs(text, lo, hi string, p Precision) want { return want{text, lo, hi, p, false} }

// rel expects a date resolved against the reference.
func rel(text, lo, hi string, p Precision) want { return want{text, lo, hi, p, true} }

const (
	day    = PrecDay
	month  = PrecMonth
	year   = PrecYear
	decade = PrecDecade
)

var scanTests = []struct {
	in   string
	ref  string // publication date; "" scans without one
	want []want // nil: no date in the sentence
}{
	// 000, Long War Journal, April 2017.
	{"was killed during a special forces raid on April 6.", "2017-04-13", []want{rel("April 6", "2017-04-06", "", day)}},
	{"Uzbeki “facilitated the high profile attack” on the Reina nightclub in Istanbul, Turkey this past New Year’s Eve. The massacre left 39 people dead", "2017-04-13", []want{rel("this past New Year’s Eve", "2016-12-31", "", day)}},
	{"the Turkish government arrested an Uzbek man, Abdulkadir Masharipov, at an apartment in Istanbul on Jan. 16.", "2017-04-13", []want{rel("Jan. 16", "2017-01-16", "", day)}},
	{"joined Baghdadi’s network after the caliphate declaration in 2014.", "2017-04-13", []want{abs("2014", "2014-01-01", "2014-12-31", year)}},
	{"Masharipov was likely smuggled into Turkey via Iran in Jan. 2016.", "2017-04-13", []want{abs("Jan. 2016", "2016-01-01", "2016-01-31", month)}},
	{"“I arrived in Turkey through Iran after receiving the orders to participate in the war in Syria last January [2016],” Masharipov told authorities", "2017-04-13", []want{abs("last January [2016]", "2016-01-01", "2016-01-31", month)}},
	{"after receiving the orders to participate in the war in Syria last January, he said", "2017-04-13", []want{rel("last January", "2016-01-01", "2017-01-31", month)}},
	{"after receiving the orders to participate in the war in Syria last January, he said", "2017-01-20", []want{rel("last January", "2016-01-01", "2016-01-31", month)}},
	{"I received the orders to carry out an attack on New Year’s Eve in Taksim [Square].", "2017-04-13", []want{rel("New Year’s Eve", "2016-12-31", "", day)}},
	{"such as the June 2016 assault on the Ataturk Airport in Istanbul, went unclaimed.", "2017-04-13", []want{abs("June 2016", "2016-06-01", "2016-06-30", month)}},
	{"after Turkey launched Operation Euphrates Shield in Aug. 2016.", "2017-04-13", []want{abs("Aug. 2016", "2016-08-01", "2016-08-31", month)}},
	{"In early November, Baghdadi called on his followers to strike inside Turkey.", "2017-04-13", []want{rel("early November", "2016-11-01", "2016-11-30", month)}},
	{"Then, in early January, Amaq News Agency issued a statement", "2017-04-13", []want{rel("early January", "2017-01-01", "2017-01-31", month)}},
	{"The fifth issue of the Islamic State’s Rumiyah (“Rome”) magazine, which was released in January, also celebrated the killings", "2017-04-13", []want{rel("January", "2017-01-01", "2017-01-31", month)}},
	{"The US military announced today that Abdurakhmon Uzbeki", "2017-04-13", []want{rel("today", "2017-04-13", "", day)}},
	{"Masharipov “is a 34-year-old Uzbek who speaks four foreign languages”", "2017-04-13", nil},

	// 001, New York Times repost, Sunday 2024-03-24.
	{"Five years ago this month, an American-backed Kurdish and Arab militia ousted Islamic State fighters", "2024-03-24", []want{rel("Five years ago this month", "2019-03-01", "2019-03-31", month)}},
	{"U.S. officials say the group carried out the attack near Moscow on Friday, killing scores of people", "2024-03-24", []want{rel("Friday", "2024-03-22", "", day)}},
	{"dismissed the Kremlin’s suggestion that Ukraine was behind Friday’s attack near Moscow.", "2024-03-24", []want{rel("Friday", "2024-03-22", "", day)}},
	{"American counterterrorism specialists on Sunday dismissed the Kremlin’s suggestion", "2024-03-24", []want{rel("Sunday", "2024-03-24", "", day)}},
	{"told a House committee on Thursday that ISIS-K “retains the capability”", "2024-03-24", []want{rel("Thursday", "2024-03-21", "", day)}},
	{"a memorial service for Iran’s former top general, Qassim Suleimani, who was targeted in a U.S. drone strike four years earlier.", "2024-03-24", nil},
	{"The assault was the third concert venue in the Northern Hemisphere that ISIS has struck in the past decade, Mr. Hoffman said", "2024-03-24", nil},
	{"following an attack on the Bataclan theater in Paris in November 2015 (as part of a broader operation", "2024-03-24", []want{abs("November 2015", "2015-11-01", "2015-11-30", month)}},
	{"Islamic State Khorasan, founded in 2015 by disaffected members of the Pakistani Taliban", "2024-03-24", []want{abs("2015", "2015-01-01", "2015-12-31", year)}},
	{"carried out a suicide bombing at the international airport in Kabul in August 2021 that killed 13 U.S. service members", "2024-03-24", []want{abs("August 2021", "2021-08-01", "2021-08-31", month)}},
	// A month or "of" before the year: a year, though "killed" follows.
	{"The serial blasts in Jaipur in May 2008 killed 71 people.", "2019-12-20", []want{abs("May 2008", "2008-05-01", "2008-05-31", month)}},
	{"The serial blasts of 2008 killed 71 people.", "2019-12-20", []want{abs("2008", "2008-01-01", "2008-12-31", year)}},
	{"But the upward arc and scope of ISIS-K’s attacks have increased in recent years, with cross-border strikes", "2024-03-24", nil},
	{"Last July, Germany and the Netherlands coordinated arrests targeting seven Tajik, Turkmen and Kyrgyz individuals", "2024-03-24", []want{rel("Last July", "2023-07-01", "2023-07-31", month)}},
	{"over alleged plans to attack the Cologne Cathedral on New Year’s Eve 2023.", "2024-03-24", []want{abs("New Year’s Eve 2023", "2023-12-31", "", day)}},
	{"The raids were linked to three other arrests in Austria and one in Germany on Dec. 24.", "2024-03-24", []want{rel("Dec. 24", "2023-12-24", "", day)}},
	{"the head of the National Counterterrorism Center, told a House committee in November.", "2024-03-24", []want{rel("November", "2023-11-01", "2023-11-30", month)}},
	{"“ISIS-K has been fixated on Russia for the past two years,” frequently criticizing President Vladimir V. Putin", "2024-03-24", nil},
	{"“In early March, the U.S. government shared information with Russia about a planned terrorist attack in Moscow,”", "2024-03-24", []want{rel("early March", "2024-03-01", "2024-03-31", month)}},
	{"We also issued a public advisory to Americans in Russia on March 7.", "2024-03-24", []want{rel("March 7", "2024-03-07", "", day)}},
	{"Russian authorities on Saturday announced the arrest of several suspects in Friday’s attack.", "2024-03-24", []want{rel("Saturday", "2024-03-23", "", day), rel("Friday", "2024-03-22", "", day)}},
	{"One major event this summer has many counterterrorism officials on edge.", "2024-03-24", []want{rel("this summer", "2024-06-01", "2024-08-31", month)}},
	{"the will to attack U.S. and Western interests abroad in as little as six months with little to no warning.", "2024-03-24", nil},

	// 002, blog repost, 2024-05-05.
	{"Sunday, May 5, 2024", "2024-05-05", []want{abs("Sunday, May 5, 2024", "2024-05-05", "", day)}},
	{"the branch conducted a double suicide bombing in Kerman, Iran, on January 3 causing almost 400 casualties, and shot up a church in Istanbul, Turkey, on January 28.", "2024-05-05", []want{rel("January 3", "2024-01-03", "", day), rel("January 28", "2024-01-28", "", day)}},
	{"an infographic outlining the global death toll from January 1 to 10, as part of its campaign", "2024-05-05", []want{rel("from January 1 to 10", "2024-01-01", "2024-01-10", day)}},
	{"including the April 4 arrest of an individual identified as Mohammad Zakir", "2024-05-05", []want{rel("April 4", "2024-04-04", "", day)}},
	{"Iranian authorities have reported through state media multiple arrests over 2023 and 2024, allegedly interceding", "2024-05-05", []want{abs("2023", "2023-01-01", "2023-12-31", year), abs("2024", "2024-01-01", "2024-12-31", year)}},
	{"This was a follow-up to the year before when, in October 2022, a Tajik national entered the shrine", "2024-05-05", []want{abs("October 2022", "2022-10-01", "2022-10-31", month)}},
	{"including a September 22, 2018 strike against a military parade, killing 25, roughly half of which", "2024-05-05", []want{abs("September 22, 2018", "2018-09-22", "", day)}},
	{"ethnic Central Asians fleeing Syria and Iraq and arriving in Turkey between 2017 and 2019, as well as people from Afghanistan", "2024-05-05", []want{abs("between 2017 and 2019", "2017-01-01", "2019-12-31", year)}},
	{"Drawing a pistol, one of the attackers fired into a crowd gathered for Sunday mass.", "2024-05-05", nil},
	{"For example, on April 6, 48 ISKP affiliates were detained in an operation", "2024-05-05", []want{rel("April 6", "2024-04-06", "", day)}},
	{"Shamil Hukumatov, who was arrested in the summer of 2023, was responsible for organizing the flow of fighters", "2024-05-05", []want{abs("summer of 2023", "2023-06-01", "2023-08-31", month)}},
	{"The March 30 and April 11 issues of ISKP’s Voice of Khorasan magazine were also published in Turkish.", "2024-05-05", []want{rel("March 30", "2024-03-30", "", day), rel("April 11", "2024-04-11", "", day)}},
	{"including ISKP’s plot targeting the 2022 FIFA World Cup in Qatar.", "2024-05-05", []want{abs("2022", "2022-01-01", "2022-12-31", year)}},
	{"Perhaps most recently, on October 16, 2023, an Islamic State supporter shot Swedish soccer fans in Brussels", "2024-05-05", []want{abs("October 16, 2023", "2023-10-16", "", day)}},
	{"the Olympic Games in France, both taking place later year, while the Hallummu propaganda outlet", "2024-05-05", nil},
	{"at least 22 plots or attacks in nine different countries, up from eight the year before.", "2024-05-05", nil},
	{"in the year leading up to March 20, 2023, ISKP was behind at least 22 plots", "2024-05-05", []want{abs("March 20, 2023", "2023-03-20", "", day)}},
	{"intended to target places of worship over the Christmas and New Year holidays.", "2024-05-05", []want{rel("Christmas", "2023-12-25", "", day)}},

	// 003, The Times of Central Asia, mid-2024.
	{"The conference is being held on September 4 and 5.", "2024-09-05", []want{rel("September 4 and 5", "2024-09-04", "2024-09-05", day)}},
	// A span of days written day first: a night across two dates.
	{"Gunmen raided the village on the night of 14–15 March 2003, survivors said.", "2024-09-05", []want{abs("14–15 March 2003", "2003-03-14", "2003-03-15", day)}},
	{"The festival runs 4-6 October.", "2024-09-05", []want{rel("4-6 October", "2024-10-04", "2024-10-06", day)}},
	{"including the attack on the Crocus City concert hall outside Moscow earlier this year, Azizov said", "2024-09-05", []want{rel("earlier this year", "2024-01-01", "2024-09-05", year)}},
	{"ISKP was formed in 2014 as a collective of defectors", "2024-09-05", []want{abs("2014", "2014-01-01", "2014-12-31", year)}},
	{"It is estimated that ISKP has between 4,000 and 6,000 members.", "2024-09-05", nil},
	{"Uzbekistan’s president said at a regional anti-terror conference this week in Tashkent.", "2024-09-04", []want{rel("this week", "2024-09-02", "2024-09-08", day)}},
	// A weekday before "market" is a routine ("the Sunday market"); its
	// possessive before an attack on one is that day's.
	{"The toll from Thursday's market bombing in Tarvik rose to 12.", "2022-03-08", []want{rel("Thursday", "2022-03-03", "2022-03-03", day)}},
	{"Crowds filled the Thursday market in Tarvik.", "2022-03-08", nil},
	// "earlier this week" is before the report's day: a raid told so is not
	// the attack the report came out on.
	{"Earlier this week police raided four mosques in Tarvik.", "2024-09-04", []want{rel("Earlier this week", "2024-09-02", "2024-09-03", day)}},
	{"Earlier this week police raided four mosques in Tarvik.", "2024-09-02", []want{rel("Earlier this week", "2024-09-02", "2024-09-02", day)}},
	{"In the biggest terror attack in the region this year, gunmen killed about 140 people at the Crocus City Hall in the Moscow area on March 22.", "2024-09-04", []want{rel("this year", "2024-01-01", "2024-12-31", year), rel("March 22", "2024-03-22", "", day)}},
	{"On August 23 2024, four prison employees were killed after several prisoners staged a revolt in the remote IK-19 Surovikino penal colony", "2024-08-30", []want{abs("August 23 2024", "2024-08-23", "", day)}},
	{"estimated current ISIL-K strength at between 1,000 and 3,000 fighters, of whom approximately 200 were of Central Asian origin.", "2024-08-30", nil},
	{"announced that over the past six months, Russia expelled or deported some 3,400 Tajikistan citizens.", "2024-07-25", nil},
	{"95% of people who travel to the country know where they are going", "2024-07-25", nil},
	{"a new campaign against the countries of the post-Soviet space in April 2022. In June of that year, the ISKP publication declared", "2024-07-01", []want{abs("April 2022", "2022-04-01", "2022-04-30", month)}},
	{"another criminal organization related to this group was “blacklisted” last summer due to its links with ISIS.", "2024-06-27", []want{rel("last summer", "2023-06-01", "2023-08-31", month)}},
	{"In a press report issued on June 26, Secretary of Internal Security", "2024-06-27", []want{rel("June 26", "2024-06-26", "", day)}},
	{"Over the past month, the United States has intensified checks on immigrants", "2024-06-27", nil},
	{"The Shanghai Cooperation Organization (SCO) is holding its 10th regional anti-terrorism conference in Tashkent.", "2024-09-05", nil},
	{`[caption id="attachment_19644" align="alignnone" width="1920"] Sanaullah Ghafari, Emir of ISIS-K has a U$10 million bounty`, "2024-07-01", nil},

	// 004, Arab News, 2020-11-15.
	{" date 2020-11-15 You are here", "2020-11-15", []want{abs("2020-11-15", "2020-11-15", "", day)}},
	{"In this Aug. 9, 1998 file photo, Israeli soldiers bring in heavy lifting equipment", "2020-11-15", []want{abs("Aug. 9, 1998", "1998-08-09", "", day)}},
	{"to track and kill Abu Mohammed al-Masri, a senior al-Qaida operative in Iran earlier this year.", "2020-11-15", []want{rel("earlier this year", "2020-01-01", "2020-11-15", year)}},
	{"was killed by assassins in the Iranian capital in August.", "2020-11-15", []want{rel("August", "2020-08-01", "2020-08-31", month)}},
	{"Al-Masri was gunned down in a Tehran alley on Aug. 7, the anniversary of the 1998 bombings of the US embassies", "2020-11-15", []want{rel("Aug. 7", "2020-08-07", "", day), abs("1998", "1998-01-01", "1998-12-31", year)}},
	{"the terror network that orchestrated the Sept. 11, 2001, attacks in the U.S,", "2020-11-15", []want{abs("Sept. 11, 2001", "2001-09-11", "", day)}},
	{"He was killed last year in a US counterterrorism operation in the Afghanistan-Pakistan region.", "2020-11-15", []want{rel("last year", "2019-01-01", "2019-12-31", year)}},
	{"was reported in Iranian media on Aug. 8.", "2020-11-15", []want{rel("Aug. 8", "2020-08-08", "", day)}},
	{"Four current and former US officials said Abu Mohammed Al-Masri, Al-Qaeda’s No. 2, was killed", "2020-11-15", nil},
	{"was married to 9/11 mastermind Osama bin Laden’s son Hamza, who was killed in a US air strike in 2017.", "2020-11-15", []want{abs("2017", "2017-01-01", "2017-12-31", year)}},
	{"Updated 2 min 58 sec ago", "2020-11-15", nil},
	{"reportedly carried out a string of similar killings of Iranian nuclear scientists in Iran early last decade.", "2020-11-15", nil},
	{"Masri had been in Iran’s “custody” since 2003 but had been living freely in Tehran since 2015.", "2020-11-15", []want{abs("2003", "2003-01-01", "2003-12-31", year), abs("2015", "2015-01-01", "2015-12-31", year)}},
	{"A Hezbollah official on Saturday would not comment on Al-Masri’s death", "2020-11-15", []want{rel("Saturday", "2020-11-14", "", day)}},
	{"in front of the US Embassy in Dar es Salaam, Tanzania, the site of the August 7, 1998, bomb blast.", "2020-11-15", []want{abs("August 7, 1998", "1998-08-07", "", day)}},
	{"“Al-Qaeda core is a small group of less than a 100 members.", "2020-11-15", nil},

	// Other phrasings news uses.
	{"The talks were held on 3 January 2024 in Doha.", "2024-05-05", []want{abs("3 January 2024", "2024-01-03", "", day)}},
	{"• 23 October, 2007: five groups joined hands.", "2024-05-05", []want{abs("23 October, 2007", "2007-10-23", "", day)}},
	{"On 4 July, 48 people were hurt.", "2024-07-06", []want{rel("4 July", "2024-07-04", "", day)}},
	{"The group grew out of camps founded in the 1990s.", "2024-05-05", []want{abs("1990s", "1990-01-01", "1999-12-31", decade)}},
	{"a network built up in the 1990’s by exiles", "2024-05-05", []want{abs("1990’s", "1990-01-01", "1999-12-31", decade)}},
	{"Elections are expected by mid-2024.", "2023-11-01", []want{abs("mid-2024", "2024-01-01", "2024-12-31", year)}},
	{"The group regrouped in early 2024 after losses in late 2023.", "2024-05-05", []want{abs("early 2024", "2024-01-01", "2024-12-31", year), abs("late 2023", "2023-01-01", "2023-12-31", year)}},
	{"The offensive stalled in late March.", "2024-05-05", []want{rel("late March", "2024-03-01", "2024-03-31", month)}},
	{"The law was passed at the end of 2023.", "2024-05-05", []want{abs("the end of 2023", "2023-01-01", "2023-12-31", year)}},
	{"He fled the country late last year.", "2020-11-15", []want{rel("late last year", "2019-01-01", "2019-12-31", year)}},
	{"Attacks rose sharply over the last year.", "2020-11-15", nil},
	{"The camp was cleared in 2017-2019 by Iraqi forces.", "2024-05-05", []want{abs("2017-2019", "2017-01-01", "2019-12-31", year)}},
	{"during the 2014–15 winter offensive", "2024-05-05", []want{abs("2014–15", "2014-01-01", "2015-12-31", year)}},
	{"The militants killed 2000 people.", "2024-05-05", nil},
	{"A bombing in Nairobi on January 15 killed 21 people.", "2019-01-16", []want{rel("January 15", "2019-01-15", "", day)}},
	{"In March 12 people were killed.", "2024-05-05", []want{rel("March", "2024-03-01", "2024-03-31", month)}},
	{"More than 2000 were displaced.", "2024-05-05", nil},
	{"Some 2,014 families fled.", "2024-05-05", nil},
	{"between 2000 and 3000 fighters remain", "2024-05-05", nil},
	{"UN Security Council Resolution 2254 calls for a ceasefire.", "2024-05-05", nil},
	{"The meeting opened at 10:00 on Monday.", "2024-09-04", []want{rel("Monday", "2024-09-02", "", day)}},
	{"Friday, March 22, 2024: gunmen stormed the hall.", "2024-03-24", []want{abs("Friday, March 22, 2024", "2024-03-22", "", day)}},
	{"Prayers marked Good Friday in the old city.", "2024-03-24", nil},
	{"Pilgrims prayed at the church of Mar Elias.", "2025-06-26", nil},
	{"He was killed in an air strike in March.", "2025-01-30", []want{rel("March", "2024-03-01", "2024-03-31", month)}},
	{"Gunmen struck in Mar 2025 and again on Mar 5.", "2025-06-26", []want{abs("Mar 2025", "2025-03-01", "2025-03-31", month), rel("Mar 5", "2025-03-05", "", day)}},
	{"The interview ran in the Sunday Times after Easter Sunday services.", "2024-04-03", nil},
	{"ISIS may strike again in May.", "2024-03-24", []want{rel("May", "2023-05-01", "2023-05-31", month)}},
	{"Protesters planned a march in march.", "2024-03-24", nil},
	{"This may change next month, officials said.", "2024-03-24", []want{rel("next month", "2024-04-01", "2024-04-30", month)}},
	{"the lessons of the Sept. 11 attacks", "2024-03-24", nil},
	{"It was founded five years ago.", "2024-03-24", []want{rel("five years ago", "2019-01-01", "2019-12-31", year)}},
	// Two counts joined by "or" or "to": the years of both.
	{"The leader died two or three years ago.", "2015-07-30", []want{rel("two or three years ago", "2012-01-01", "2013-12-31", year)}},
	{"It happened 5 to 6 years ago.", "2024-03-24", []want{rel("5 to 6 years ago", "2018-01-01", "2019-12-31", year)}},
	{"On this day, 20 years back, gunmen killed 36 men.", "2020-03-20", []want{rel("20 years back", "2000-01-01", "2000-12-31", year)}},
	{"On 2January, armed groups attacked two villages.", "2021-01-04", []want{rel("2January", "2021-01-02", "", day)}},
	{"The 5pm blast killed 12 people.", "2021-01-04", nil},
	{"He was arrested two weeks ago in Ankara.", "2024-03-24", []want{rel("two weeks ago", "2024-03-07", "2024-03-13", day)}},
	{"The raid happened 3 days ago.", "2024-03-24", []want{rel("3 days ago", "2024-03-21", "", day)}},
	{"Gunmen stormed the town on the Saturday before last.", "2015-01-13", []want{rel("Saturday before last", "2015-01-03", "", day)}},
	// A day of the month in brackets after the weekday is the day meant,
	// though the weekday does not fall on it; never one still to come.
	{"Two former pupils opened fire at a school in Selo on Wednesday (14th).", "2019-03-14", []want{rel("Wednesday (14th)", "2019-03-14", "", day)}},
	{"Police said on Monday (13) that the toll rose.", "2019-03-14", []want{rel("Monday (13)", "2019-03-13", "", day)}},
	{"Police said on Friday (31) that the toll rose.", "2019-03-14", []want{rel("Friday (31)", "2019-01-31", "", day)}},
	{"The ward (4) reopened on Friday (in the morning).", "2019-03-14", []want{rel("Friday", "2019-03-08", "", day)}},
	{"Gunmen stormed the town on Saturday, and left before last light.", "2015-01-13", []want{rel("Saturday", "2015-01-10", "", day)}},
	// The calendar week before the reference's (a Tuesday): one day, not
	// a weekday and a week.
	{"The governor put the toll at 66 on Friday last week.", "2015-01-13", []want{rel("Friday last week", "2015-01-09", "", day)}},
	{"He spoke on Monday of last week.", "2015-01-13", []want{rel("Monday of last week", "2015-01-05", "", day)}},
	{"Sunday last week", "2015-01-13", []want{rel("Sunday last week", "2015-01-11", "", day)}},
	{"He died two years and four months ago, the group said.", "2015-08-31", []want{rel("two years and four months ago", "2013-04-01", "2013-04-30", month)}},
	{"It began 1 year and 11 months ago.", "2015-08-31", []want{rel("1 year and 11 months ago", "2013-09-01", "2013-09-30", month)}},
	{"18/03/2015 Museum attack", "2016-01-01", []want{abs("18/03/2015", "2015-03-18", "", day)}},
	{"Filed 03/18/2015 by the desk.", "2016-01-01", []want{abs("03/18/2015", "2015-03-18", "", day)}},
	{"Posted 03/04/2015, after the raid of 9/11 and 31/02/2015.", "2016-01-01", nil},
	{"He travelled there in January this year.", "2024-03-24", []want{rel("January this year", "2024-01-01", "2024-01-31", month)}},
	{"He was detained at Christmas last year, officials said, and again on New Years Eve.", "2024-03-24", []want{rel("Christmas last year", "2023-12-25", "", day), rel("New Years Eve", "2023-12-31", "", day)}},
	{"The trial resumes next year.", "2020-11-15", []want{rel("next year", "2021-01-01", "2021-12-31", year)}},
	{"The trial resumes later this year.", "2020-11-15", []want{rel("later this year", "2020-11-15", "2020-12-31", year)}},
	{"The ban was lifted this month.", "2024-02-10", []want{rel("this month", "2024-02-01", "2024-02-29", month)}},
	{"Celebrations were held on the 4th of July.", "2024-07-10", []want{rel("4th of July", "2024-07-04", "", day)}},
	{"The march began on January 3rd.", "2024-03-24", []want{rel("January 3rd", "2024-01-03", "", day)}},

	// Calendar edges: leap days, month ends, weekdays across boundaries.
	{"The suspect was arrested yesterday.", "2024-03-01", []want{rel("yesterday", "2024-02-29", "", day)}},
	{"The suspect was arrested yesterday.", "2023-03-01", []want{rel("yesterday", "2023-02-28", "", day)}},
	{"The suspect was arrested yesterday.", "2024-01-01", []want{rel("yesterday", "2023-12-31", "", day)}},
	{"The bombing on Friday killed six.", "2024-01-01", []want{rel("Friday", "2023-12-29", "", day)}},
	{"The bombing on Friday killed six.", "2024-03-22", []want{rel("Friday", "2024-03-22", "", day)}},
	{"The bombing last Friday killed six.", "2024-03-22", []want{rel("last Friday", "2024-03-15", "", day)}},
	{"The verdict is due next Friday.", "2024-03-22", []want{rel("next Friday", "2024-03-29", "", day)}},
	{"The talks ended on Saturday.", "2024-03-01", []want{rel("Saturday", "2024-02-24", "", day)}},
	{"Fighting resumed last month.", "2024-01-15", []want{rel("last month", "2023-12-01", "2023-12-31", month)}},
	{"Fighting resumed last month.", "2024-03-31", []want{rel("last month", "2024-02-01", "2024-02-29", month)}},
	{"Fighting resumed last week.", "2024-03-24", []want{rel("last week", "2024-03-11", "2024-03-23", day)}},
	{"The cell was broken up on February 29.", "2024-03-10", []want{rel("February 29", "2024-02-29", "", day)}},
	{"The cell was broken up on February 29.", "2023-03-10", []want{rel("February 29", "2020-02-29", "", day)}},
	{"The cell was broken up on February 30.", "2024-03-10", nil},
	{"The cell was broken up on April 31.", "2024-05-10", nil},
	{"The siege ended December 30.", "2024-01-05", []want{rel("December 30", "2023-12-30", "", day)}},
	{"The summit opens December 30.", "2023-12-01", []want{rel("December 30", "2023-12-30", "", day)}},
	{"The summit opens on New Year’s Day.", "2023-12-15", []want{rel("New Year’s Day", "2023-01-01", "", day)}},
	{"The camp emptied last winter.", "2024-03-10", []want{rel("last winter", "2023-12-01", "2024-02-29", month)}},
	{"The attack came this past New Year's Eve.", "2024-01-01", []want{rel("this past New Year's Eve", "2023-12-31", "", day)}},
	{"The attack came this past New Year's Eve.", "2023-12-31", []want{rel("this past New Year's Eve", "2022-12-31", "", day)}},
	{"In June of that year the group split.", "2024-03-24", nil},
	{"The vote is set for this Friday.", "2024-03-20", nil},

	// Without a reference date, only self-standing dates are read.
	{"U.S. officials say the group carried out the attack near Moscow on Friday.", "", nil},
	{"Al-Masri was gunned down in a Tehran alley on Aug. 7, the anniversary of the 1998 bombings", "", []want{abs("1998", "1998-01-01", "1998-12-31", year)}},
	{"the war in Syria last January [2016], Masharipov told authorities", "", []want{abs("last January [2016]", "2016-01-01", "2016-01-31", month)}},
	{"the terror network that orchestrated the Sept. 11, 2001, attacks", "", []want{abs("Sept. 11, 2001", "2001-09-11", "", day)}},
	{"He was killed last year in a US counterterrorism operation.", "", nil},
}

func TestScan(t *testing.T) {
	m := testMatcher(t)
	for _, tc := range scanTests {
		name := tc.in
		if len(name) > 60 {
			name = name[:60]
		}
		t.Run(tc.ref+" "+name, func(t *testing.T) {
			var ref Day
			if tc.ref != "" {
				ref = mustDay(t, tc.ref)
			}
			got := m.Scan(tc.in, ref, tc.ref != "")
			if len(got) != len(tc.want) {
				t.Fatalf("got %d dates, want %d:\n%s", len(got), len(tc.want), traces(got))
			}
			for i, w := range tc.want {
				g := got[i]
				hi := w.hi
				if hi == "" {
					hi = w.lo
				}
				if g.Text != w.text || g.Lo.String() != w.lo || g.Hi.String() != hi || g.Precision != w.prec || g.Relative != w.rel {
					t.Errorf("date %d: got %q %s..%s %s relative=%v, want %q %s..%s %s relative=%v\n%s",
						i, g.Text, g.Lo, g.Hi, g.Precision, g.Relative, w.text, w.lo, hi, w.prec, w.rel, g.Trace)
				}
				if g.Text != tc.in[g.Start:g.End] {
					t.Errorf("date %d: Text %q is not input[%d:%d] %q", i, g.Text, g.Start, g.End, tc.in[g.Start:g.End])
				}
			}
		})
	}
}

func traces(ds []Date) string {
	var b strings.Builder
	for _, d := range ds {
		b.WriteString("  " + d.Precision.String() + " " + d.Trace + "\n")
	}
	return b.String()
}

func TestScanTraces(t *testing.T) {
	m := testMatcher(t)
	tests := []struct{ in, ref, want string }{
		{"He was killed last year in a US operation.", "2020-11-15", "'last year' → 2019 (relative to published 2020-11-15)"},
		{"gunned down in a Tehran alley on Aug. 7, the anniversary", "2020-11-15", "'Aug. 7' → 2020-08-07 (year from published 2020-11-15)"},
		{"arrests in Austria and one in Germany on Dec. 24.", "2024-03-24", "'Dec. 24' → 2023-12-24 (previous year: 2024-12-24 would be more than 31 days after published 2024-03-24)"},
		{"the Sept. 11, 2001, attacks", "2020-11-15", "'Sept. 11, 2001' → 2001-09-11"},
		{"in the war in Syria last January [2016],", "2017-04-13", "'last January [2016]' → 2016-01 (year from the brackets)"},
		{"in the war in Syria last January,", "2017-04-13", "'last January' → 2016-01..2017-01 (relative to published 2017-04-13; may mean either of the last two)"},
		{"arriving in Turkey between 2017 and 2019", "2024-05-05", "'between 2017 and 2019' → 2017..2019"},
		{"camps founded in the 1990s", "2024-05-05", "'1990s' → 1990s"},
		{"held on September 4 and 5.", "2024-09-05", "'September 4 and 5' → 2024-09-04..2024-09-05 (year from published 2024-09-05)"},
		{"Friday, March 23, 2024", "2024-03-24", "'Friday, March 23, 2024' → 2024-03-23 (the weekday named does not fall on it)"},
		{"earlier this year", "2020-11-15", "'earlier this year' → 2020-01-01..2020-11-15 (relative to published 2020-11-15)"},
	}
	for _, tc := range tests {
		got := m.Scan(tc.in, mustDay(t, tc.ref), true)
		if len(got) != 1 || got[0].Trace != tc.want {
			t.Errorf("%q: got\n%s want %s", tc.in, traces(got), tc.want)
		}
	}
}

func TestScanConcurrent(t *testing.T) {
	m := testMatcher(t)
	docs := demoCorpus(t)
	want := make([][]Date, len(docs))
	refs := make([]Day, len(docs))
	for i, d := range docs {
		refs[i] = mustDay(t, d.Published)
		want[i] = m.Scan(d.Text, refs[i], true)
	}
	done := make(chan string)
	for g := 0; g < 4; g++ {
		go func() {
			bad := ""
			for i, d := range docs {
				got := m.Scan(d.Text, refs[i], true)
				if len(got) != len(want[i]) {
					bad = d.ID
					break
				}
				for k := range got {
					if got[k] != want[i][k] {
						bad = d.ID
					}
				}
			}
			done <- bad
		}()
	}
	for g := 0; g < 4; g++ {
		if bad := <-done; bad != "" {
			t.Errorf("concurrent scans of %s differ", bad)
		}
	}
}
