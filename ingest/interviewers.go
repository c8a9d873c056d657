package ingest

import (
	"fmt"
	"sort"
	"strings"
)

// noInterviewer gathers the documents of an ingest run in which no turn is
// an interviewer's though two speakers or more take turns (an AI
// interviewer's "Assistant:", a podcast's host): every turn of theirs is
// taken for a participant's, questions included. They are told of once
// for the run, not once a document: a CSV file of 125 interviews would
// otherwise say the same 125 times.
type noInterviewer struct {
	docs     []string       // as they are shown, in the order met
	speakers map[string]int // how many of the documents each speaker is in
}

// add notes p if none of its turns is an interviewer's and two or more
// labelled speakers take turns in it.
func (n *noInterviewer) add(p *prepared) {
	var labels []string
	seen := map[string]bool{}
	for _, t := range p.built.Turns {
		if t.Interviewer {
			return
		}
		if t.Speaker != "" && !seen[t.Speaker] {
			seen[t.Speaker] = true
			labels = append(labels, t.Speaker)
		}
	}
	if len(labels) < 2 {
		return // a monologue, a diary, an unlabelled text: nobody to ask
	}
	if n.speakers == nil {
		n.speakers = map[string]int{}
	}
	n.docs = append(n.docs, p.src.display)
	for _, l := range labels {
		n.speakers[l]++
	}
}

// warning says which documents have no interviewer, their speakers (the
// most common first, with how many of the documents each is in) and what
// to do; "" when there are none.
func (n *noInterviewer) warning() string {
	if len(n.docs) == 0 {
		return ""
	}
	labels := make([]string, 0, len(n.speakers))
	for l := range n.speakers {
		labels = append(labels, l)
	}
	sort.Slice(labels, func(i, j int) bool {
		if n.speakers[labels[i]] != n.speakers[labels[j]] {
			return n.speakers[labels[i]] > n.speakers[labels[j]]
		}
		return labels[i] < labels[j]
	})
	const shown = 5
	var who []string
	for _, l := range labels[:min(len(labels), shown)] {
		if len(n.docs) == 1 {
			who = append(who, fmt.Sprintf("%q", l))
		} else {
			who = append(who, fmt.Sprintf("%q (in %d)", l, n.speakers[l]))
		}
	}
	speakers := strings.Join(who, ", ")
	if len(labels) > shown {
		speakers += fmt.Sprintf(" and %d more", len(labels)-shown)
	}
	const todo = "if one of them asks the questions, list it under `interviewers:` in groundwork.yaml, then ingest them again with --replace"
	if len(n.docs) == 1 {
		return fmt.Sprintf("%s: no speaker is an interviewer (%s), so all its turns are coded as participants'; %s", n.docs[0], speakers, todo)
	}
	docs := strings.Join(n.docs[:min(len(n.docs), 3)], ", ")
	if len(n.docs) > 3 {
		docs += fmt.Sprintf(" and %d more", len(n.docs)-3)
	}
	return fmt.Sprintf("%d documents have no speaker who is an interviewer, so all their turns are coded as participants' (%s); their speakers: %s; %s",
		len(n.docs), docs, speakers, todo)
}
