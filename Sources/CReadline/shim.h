#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>

/* readline keeps these pointers instead of copying the strings, so they must be static
   C literals; a Swift string bridged to a pointer only lives for the duration of the call. */

/* Words break at whitespace only, so a completion word may contain any CJK character or
   punctuation (the default break set also splits at quotes, parentheses, '=' and more). */
static inline void ducha_rl_break_words_at_whitespace(void) {
  rl_basic_word_break_characters = " \t\n";
  rl_completer_word_break_characters = " \t\n";
}

/* The name ~/.inputrc can test with `$if ducha`. */
static inline void ducha_rl_set_application_name(void) {
  rl_readline_name = "ducha";
}
