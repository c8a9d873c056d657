package workbench

import (
	"net/http"
	"strings"

	"github.com/groundwork-qda/groundwork/analysis"
	"github.com/groundwork-qda/groundwork/corpus"
)

type agreeRow struct {
	analysis.CodeAgreement
	Label string
}

type agreementData struct {
	Coders   []string
	Selected map[string]bool
	Unit     string
	Result   *analysis.Agreement
	Rows     []agreeRow
	Error    string
}

func (s *Server) pageAgreement(w http.ResponseWriter, r *http.Request) {
	servePage(s, w, r, "agreement", "Agreement", s.agreement)
}

func (s *Server) agreement(r *http.Request) (*agreementData, error) {
	ctx := r.Context()
	st, err := s.st.Status(ctx)
	if err != nil {
		return nil, err
	}
	data := &agreementData{Selected: map[string]bool{}, Unit: r.URL.Query().Get("unit")}
	seen := map[string]bool{}
	for _, c := range st.Codings {
		if !seen[c.Coder] {
			seen[c.Coder] = true
			data.Coders = append(data.Coders, c.Coder)
		}
	}
	sortCoders(data.Coders)
	var chosen []string
	for _, v := range r.URL.Query()["coders"] {
		for _, c := range strings.Split(v, ",") {
			if c = strings.TrimSpace(c); c != "" && !data.Selected[c] {
				data.Selected[c] = true
				chosen = append(chosen, c)
			}
		}
	}
	if data.Unit == "" {
		data.Unit = analysis.UnitSegment
	}
	if len(chosen) == 0 && len(r.URL.Query()["coders"]) == 0 {
		// One click from the menu: compare the people who code, or the one
		// person with the auto-coder.
		var people []string
		for _, c := range data.Coders {
			if c != corpus.AutoCoder {
				people = append(people, c)
			}
		}
		switch {
		case len(people) >= 2:
			chosen = people
		case len(people) == 1 && len(data.Coders) == 2:
			chosen = data.Coders
		}
		for _, c := range chosen {
			data.Selected[c] = true
		}
	}
	if len(chosen) == 0 {
		return data, nil
	}
	c, err := s.codebook()
	if err != nil {
		return nil, err
	}
	res, err := analysis.Agree(ctx, s.st, c.cb, analysis.AgreeOptions{Coders: chosen, Unit: data.Unit, Bootstrap: -1, CountOnly: true})
	if err != nil {
		data.Error = err.Error()
		return data, nil
	}
	data.Result = res
	for _, ca := range res.Codes {
		data.Rows = append(data.Rows, agreeRow{CodeAgreement: ca, Label: s.codeInfo(c, ca.Code).Label})
	}
	return data, nil
}
