package corpus

import (
	"context"
	"reflect"
	"testing"
)

// TestStatusCountsAttributes: the status lists the attributes the
// documents carry, programme and role first, with how many carry each (an
// empty value is not carried); a project with nothing in it has empty
// lists, never nil ones (JSON's [] rather than null). CountAttributes
// counts a set of documents as AttributeCounts counts the store's.
func TestStatusCountsAttributes(t *testing.T) {
	ctx := context.Background()
	empty, _ := tempStore(t, "empty.db")
	st, err := empty.Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Groups == nil || st.Codings == nil || st.Attributes == nil {
		t.Errorf("an empty project's status has nil lists: %+v", st)
	}

	store, _ := fixture(t)
	err = store.Tx(ctx, func(tx *Tx) error {
		doc := &Document{ID: "np-01", Path: "np-01.txt", Format: "txt", Hash: "h-np", Text: "Hello.", Words: 1,
			Attrs: map[string]string{"programme": "NICU", "setting": "hospital", "age": ""}}
		return tx.PutDocument(doc, []Turn{{Seq: 1, Speaker: "P", Start: 0, End: 6, Words: 1}},
			[]Segment{{Seq: 1, TurnSeq: 1, Start: 0, End: 6, Words: 1, Text: "Hello."}})
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []AttributeCount{{"programme", 3}, {"role", 2}, {"setting", 1}}
	st, err = store.Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(st.Attributes, want) {
		t.Errorf("status attributes = %v, want %v", st.Attributes, want)
	}
	docs, err := store.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		docs []*Document
		want []AttributeCount
	}{
		{"every document", docs, want},
		{"one", docs[2:], []AttributeCount{{"programme", 1}, {"setting", 1}}},
		{"none", nil, []AttributeCount{}},
	} {
		if got := CountAttributes(tc.docs); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("CountAttributes(%s) = %v, want %v", tc.name, got, tc.want)
		}
	}
}
