/**
 * The match lifecycle: requested → offered → accepted / declined / expired (then the next candidate)
 * → first contact confirmed → active → completed / cancelled / rematched, with "needs manual match"
 * and "no match found" when candidates run out; and the follow-up timers that give the tasks due at
 * an instant (Parent to Parent USA: a match within 48 hours; Together: a 3-day offer window; Joo et
 * al. 2022: first-contact checks, reminders and rematch offers).
 */
@NullMarked
package io.github.peersupport.matching.lifecycle;

import org.jspecify.annotations.NullMarked;
