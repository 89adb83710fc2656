package store

import "errors"

// Errors returned by the store. Callers test them with errors.Is.
var (
	// ErrLocked means another process holds the out dir's state database.
	ErrLocked = errors.New("store: out dir in use by another process")
	// ErrClosed means the Dir was used after Close.
	ErrClosed = errors.New("store: closed")
	// ErrNotFound means no article is stored for a URL.
	ErrNotFound = errors.New("store: article not found")
	// ErrNotArticle means a .json file in an out dir holds no article (no
	// url): readers skip it.
	ErrNotArticle = errors.New("store: not an article")
)
