/* The C side of plenum's terminal layer: ncursesw with wide characters, and small functions for
   the macros and globals that Swift cannot import (function-like macros, stdscr, LINES, COLS). */
#ifndef PLENUM_CNCURSESW_SHIM_H
#define PLENUM_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <stdlib.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *plenum_stdscr(void) { return stdscr; }
static inline int plenum_lines(void) { return LINES; }
static inline int plenum_cols(void) { return COLS; }
static inline int plenum_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t plenum_a_normal(void) { return A_NORMAL; }
static inline attr_t plenum_a_bold(void) { return A_BOLD; }
static inline attr_t plenum_a_dim(void) { return A_DIM; }
static inline attr_t plenum_a_reverse(void) { return A_REVERSE; }
static inline attr_t plenum_a_underline(void) { return A_UNDERLINE; }
static inline attr_t plenum_color_pair(int n) { return COLOR_PAIR(n); }

static inline int plenum_attrset(attr_t a) { return attrset(a); }
static inline int plenum_mvaddwstr(int y, int x, const wchar_t *s) { return mvaddwstr(y, x, s); }
static inline int plenum_get_wch(wint_t *c) { return get_wch(c); }
static inline void plenum_timeout(int ms) { timeout(ms); }
static inline int plenum_move(int y, int x) { return move(y, x); }
static inline int plenum_keypad(bool on) { return keypad(stdscr, on); }
static inline int plenum_clearok(bool on) { return clearok(stdscr, on); }
static inline int plenum_key_code_yes(void) { return KEY_CODE_YES; }

/* setupterm is declared in term.h, whose capability macros (lines, columns …) would clash with
   Swift names; its one declaration is enough. */
int setupterm(const char *term, int filedes, int *errret);

/* Whether curses can drive the terminal TERM names, asked of terminfo before anything is drawn or
   written: 0 yes; 1 TERM is not set; 2 terminfo does not know TERM; 3 it cannot place text on the
   screen (no cursor addressing: "dumb", a printing terminal). */
static inline int plenum_terminal_check(void) {
    const char *term = getenv("TERM");
    if (term == NULL || *term == 0) return 1;
    int err = 0;
    if (setupterm(term, 1, &err) != OK) return err == 1 ? 3 : 2;
    char *cup = tigetstr("cup");
    if (cup == NULL || cup == (char *)-1) return 3;
    return 0;
}

#endif
