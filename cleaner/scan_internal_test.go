package cleaner

import "testing"

// A region's word marks the region (its byline and dates are not the
// story's), but not a layout that holds the story beside it.
func TestExcludedRegion(t *testing.T) {
	tests := []struct {
		marks string
		want  bool
	}{
		{"sidebar sidebar-primary widget-area", true},
		{"related-posts", true},
		{"comment-list", true},
		{"site-footer", true},
		{"content-sidebar-wrap", false},
		{"ArticleBody_withSidebar__x1", false},
		{"layout has-sidebar", false},
		{"page no-sidebar", false},
		{"sidebar-wrap", true},
		{"entry-content", false},
		{"site-content sidebar-enabled sidebar-right", false},
		{"wp-block-layout-sidebar-right", false},
		{"grid grid--sidebar", false},
		{"sidebar-content", true},
		{"widget related-posts", true},
		{"footer-content", true},
		{"SidebarLayoutStyles__Content-x1", false},
	}
	for _, tc := range tests {
		if got := excludedRegion(tc.marks); got != tc.want {
			t.Errorf("excludedRegion(%q) = %v, want %v", tc.marks, got, tc.want)
		}
	}
}
