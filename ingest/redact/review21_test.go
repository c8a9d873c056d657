package redact

import (
	"testing"
)

// The review of the blind20 tuning: its notes and its sentences are in
// testdata/cases/review21.cases; here the short forms, which need a
// project of documents.

// review21Short runs a project where doc 0 finds the full name and doc 1
// holds the word to judge.
func review21Short(t *testing.T, name, text string, want []string) {
	t.Helper()
	runProject(t, []string{"P: My friend " + name + " came with me.", text}, [][]string{{"PERSON|" + name}, want})
}

// Rule 1: a capitalised beginning of a name found elsewhere.
func TestReview21ShortForms(t *testing.T) {
	type sc struct {
		name, text string
		want       []string
	}
	cases := []sc{
		// Short forms that are the person: redacted.
		{"Gwenllian", "P: I told Gwen about the scan.", []string{"PERSON|Gwen"}},
		{"Kudakwashe", "P: Then Kuda started crying.", []string{"PERSON|Kuda"}},
		{"Rumbidzai", "P: Rumbi, she always checks on me.", []string{"PERSON|Rumbi"}},
		// Kinship words that begin a found name.
		{"Babatunde", "P: Then Baba drove me to the clinic.", nil},
		{"Mamadou", "P: I told Mama about the pills.", nil},
		{"Papadopoulos", "P: In Greece, Papa had the same sugar.", nil},
		{"Mumtaz", "P: I told Mum about it.", nil},
		// Gods and faith.
		{"Christopher", "P: I prayed to Christ every night.", nil},
		{"Godfrey", "P: Thank God I went early.", nil},
		// Places, peoples and brands that begin a found name.
		{"Austin", "P: My brother lives in Aus now.", nil},
		{"Yankuba", "P: My husband is a Yank, from Ohio.", nil},
		{"Profit", "P: Then Prof said the scan was clear.", nil},
		// Interjections that begin a found name, starting a turn.
		{"Ayesha", "P: Aye, that's right, every morning.", nil},
		{"Ochieng", "P: Och, I forgot the tablets again.", nil},
		{"Achieng", "P: Ach, it was awful, the pain.", nil},
		{"Yohannes", "P: Yoh, the injection was sore.", nil},
		{"Nahla", "P: Nah, I don't take it any more.", nil},
		{"Errol", "P: Err, I think it was Tuesday.", nil},
		{"Cornelius", "P: Cor, that hurt.", nil},
		// Kinship, study and ward words mid-sentence.
		{"Granville", "P: I stayed with Gran that week.", nil},
		{"Nancy", "P: I told Nan about the diagnosis.", nil},
		{"Unity", "P: I finished Uni last year.", nil},
		{"Polycarp", "P: I went to Poly in Harare.", nil},
		// Calendar words.
		{"Janet", "P: In Jan I started insulin.", nil},
		{"Marcus", "P: In Mar the clinic closed.", nil},
		{"Monique", "P: Clinic is on Mon and Thu.", nil},
	}
	for _, c := range cases {
		review21Short(t, c.name, c.text, c.want)
	}
}
