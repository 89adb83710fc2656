package blockmodel

import "testing"

func TestVoice(t *testing.T) {
	tests := []struct {
		text, lang string
		you, we    bool
	}{
		{"Sign up and we will send you the best stories every morning.", "en", true, true},
		{"The council voted on Tuesday to close the pool.", "en", false, false},
		{"“We will not give up,” said the mayor, “and you should not either.”", "en", false, false},
		{`"We are proud of you," the coach told the team.`, "en", false, false},
		{"Wir freuen uns über dein Feedback.", "de", true, true},
		{"Sie sagte, die Stadt habe ihre Pläne geändert.", "de", false, false}, // "sie", "ihre": not counted
		{"Abonnez-vous à notre lettre.", "fr", true, true},
		{"Suivez-nous et recevez vos alertes.", "fr", true, true},
		{"Apoya nuestro periodismo.", "es", false, true},
		{"Volg ons en lees je nieuws.", "nl", true, true},
		{"Was sagen Sie?", "pl", false, false}, // "was" is Polish only
		{"Tack för att du läser.", "sv", true, false},
		{"You can read it here.", "xx", true, false}, // no list: English
		{"Bültenimize abone olun, size haber verelim.", "tr", true, false},
		{"Bizi sosyal medyada takip edin.", "tr", false, true},
		{"Bakan, \"Biz bu yasayı destekliyoruz\" dedi.", "tr", false, false}, // quoted
	}
	for _, tc := range tests {
		you, we := voice(tc.text, normalize(tc.text), tc.lang)
		if you != tc.you || we != tc.we {
			t.Errorf("voice(%q, %q) = %v, %v; want %v, %v", tc.text, tc.lang, you, we, tc.you, tc.we)
		}
	}
}
