//go:build !wasm

package corpus

import (
	"encoding/json"
	"strings"
	"testing"

	"partnertrack/app/cast"
	"partnertrack/app/compare"
	"partnertrack/app/facts"
	"partnertrack/app/timeline"
	"partnertrack/app/viewership"
	"partnertrack/seeds"
)

// roundTrip decodes one file of the snapshot as the browser does and
// encodes it again: nothing the pages read may be lost on the way.
func roundTrip[T any](t *testing.T, name string, data []byte) T {
	t.Helper()
	v, err := decode[T](name, data)
	if err != nil {
		t.Fatal(err)
	}
	again, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	if string(again) != string(data) {
		t.Errorf("%s changes when decoded and encoded again", name)
	}
	return v
}

func TestSnapshotRoundTrip(t *testing.T) {
	c, err := Load(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	snap, err := c.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	if len(snap) != 5 {
		t.Errorf("%d files, want one per section (5)", len(snap))
	}
	home := roundTrip[[]facts.Fact](t, snapHome, snap[snapHome])
	if len(home) != len(c.Home()) || home[0].Key != c.Home()[0].Key || len(home[0].Claims()) == 0 {
		t.Errorf("home facts: %d decoded, %d derived", len(home), len(c.Home()))
	}
	tl := roundTrip[timeline.Timeline](t, snapTimeline, snap[snapTimeline])
	if len(tl.Events) != len(c.Timeline().Events) {
		t.Errorf("timeline: %d events decoded, %d derived", len(tl.Events), len(c.Timeline().Events))
	}
	vw := roundTrip[*viewership.Data](t, snapViewership, snap[snapViewership])
	if len(vw.Weeks) != len(c.Viewership().Weeks) || !vw.Weeks[0].From.Equal(c.Viewership().Weeks[0].From) {
		t.Errorf("viewership weeks: %v decoded, %v derived", vw.Weeks, c.Viewership().Weeks)
	}
	cs := roundTrip[*cast.Cast](t, snapCast, snap[snapCast])
	if p, ok := cs.Person("arden-cho"); !ok || p.Name != "Arden Cho" {
		t.Errorf("decoded cast: Person(arden-cho) = %v, %v", p, ok)
	}
	cmp := roundTrip[*compare.Result](t, snapCompare, snap[snapCompare])
	if len(cmp.Pairs) != 10 || len(cmp.Facts) == 0 || cmp.Articles != nil {
		t.Errorf("decoded comparison: %d pairs, %d facts, articles %v", len(cmp.Pairs), len(cmp.Facts), cmp.Articles)
	}
}

// A snapshot from other code (a field this wasm does not know) is refused,
// naming the file.
func TestSnapshotRejectsUnknownFields(t *testing.T) {
	_, err := decode[*cast.Cast](snapCast, []byte(`{"People":[],"Actors":[]}`))
	if err == nil || !strings.Contains(err.Error(), "snapshot cast.json") || !strings.Contains(err.Error(), "Actors") {
		t.Errorf("decode: %v", err)
	}
}
