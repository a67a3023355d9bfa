package ca.quorum.meeting.domain.minutes;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import ca.quorum.meeting.domain.ClosedReason;
import ca.quorum.meeting.domain.live.Choice;
import ca.quorum.meeting.domain.live.ClosedMatters;
import ca.quorum.meeting.domain.live.LiveEvent;
import ca.quorum.meeting.domain.live.MotionKind;
import ca.quorum.meeting.domain.live.Tally;
import ca.quorum.meeting.domain.live.VoteRule;

/**
 * Writes draft minutes from a meeting's log, without note or comment (Municipal Act s.228(1)): attendance with times
 * and mode, the call to order (or that the meeting was closed without quorum), declarations of interest, every motion
 * with mover, seconder, amendments, every vote taken on it and its result (the main motion as amended), recorded
 * votes by name with the members deemed against (s.246(2)), votes not decided for want of quorum, closed-session
 * entry (with its resolution and s.239 clauses) and exit, recesses and adjournment.
 *
 * <p>Which motions are closed is decided by {@link ClosedMatters} (the session, not the item): closed motions go only
 * into the separate closed-session minutes; the open minutes keep the closed item's number and public title, and the
 * times and reasons of the closed session, which the public record must show. A declaration on a closed item names
 * the item by its public title only.
 */
public final class MinutesGenerator {

    private final MinutesSubject subject;
    private final Labels text;
    private final DateTimeFormatter time;
    private final ClosedMatters closedMatters = new ClosedMatters();

    private final Map<Long, List<String>> attendance = new LinkedHashMap<>();
    private final List<String> declarations = new ArrayList<>();
    private final List<String> closedDeclarations = new ArrayList<>();
    private final List<Block> blocks = new ArrayList<>();
    private final Map<Long, MotionEntry> motions = new HashMap<>();
    private final Map<Long, LiveEvent.ItemStarted> started = new HashMap<>();
    private final Map<Long, VoteEntry> votes = new HashMap<>();
    private final Map<Long, List<Long>> recordedRequests = new HashMap<>();
    private VoteEntry lastClosedVote;
    private String calledToOrder;
    private String adjourned;
    private String withoutQuorum;
    private boolean anythingClosed;

    private MinutesGenerator(MinutesSubject subject) {
        this.subject = subject;
        this.text = Labels.of(subject.french());
        this.time = subject.french() ? DateTimeFormatter.ofPattern("H 'h' mm", subject.language())
                : DateTimeFormatter.ofPattern("h:mm a", subject.language());
        subject.members().keySet().forEach(m -> attendance.put(m, new ArrayList<>()));
        blocks.add(new Block(null, null));
    }

    /** Writes the open minutes and, when there is closed-session business, the closed-session minutes. */
    public static GeneratedMinutes generate(MinutesSubject subject, List<LiveEvent> log) {
        MinutesGenerator generator = new MinutesGenerator(subject);
        log.forEach(generator::read);
        return generator.write();
    }

    private void read(LiveEvent event) {
        closedMatters.accept(event);
        switch (event) {
            case LiveEvent.CalledToOrder e -> calledToOrder = at(e.at());
            case LiveEvent.ClosedWithoutQuorum e -> withoutQuorum = text.withoutQuorum.formatted(at(e.at()),
                    e.present().size(), e.needed());
            case LiveEvent.AttendanceChanged e -> attendance.computeIfAbsent(e.member(), m -> new ArrayList<>())
                    .add(switch (e.presence()) {
                        case IN_PERSON -> text.inPerson.formatted(at(e.at()));
                        case ELECTRONIC -> text.electronic.formatted(at(e.at()));
                        case ABSENT -> text.left.formatted(at(e.at()));
                    });
            case LiveEvent.ItemStarted e -> {
                started.put(e.item(), e);
                blocks.add(new Block(e.item(), e));
            }
            case LiveEvent.InterestDeclared e -> declare(e);
            case LiveEvent.MotionMoved e -> move(e);
            case LiveEvent.MotionSeconded e -> motions.get(e.motion()).seconder = e.seconder();
            case LiveEvent.MotionDisposed e -> leaveTheFloor(motions.get(e.motion()), switch (e.disposition()) {
                case WITHDRAWN -> text.withdrawn;
                case DEFERRED -> text.deferred;
                case REFERRED -> text.referred;
            });
            case LiveEvent.PointOfOrderRaised e -> note(text.pointOfOrder.formatted(name(e.member()), e.point()),
                    closedMatters.inClosedSession());
            case LiveEvent.ChairRuled e -> note((e.wellTaken() ? text.wellTaken : text.notWellTaken)
                    .formatted(e.ruling()), closedMatters.inClosedSession());
            case LiveEvent.NoticeOfMotionGiven e -> note(text.notice.formatted(name(e.member()), e.forMeeting(),
                    e.text()), false);
            case LiveEvent.MotionRestated e -> motions.get(e.motion()).asAmended = e.text();
            case LiveEvent.ConsentItemLifted e -> note(text.lifted.formatted(name(e.member()), number(e.item())),
                    false);
            case LiveEvent.RecordedVoteRequested e -> recordedRequests.computeIfAbsent(e.motion(),
                    k -> new ArrayList<>()).add(e.member());
            case LiveEvent.VoteOpened e -> {
                MotionEntry motion = motions.get(e.motion());
                VoteEntry vote = new VoteEntry(motion, e.recorded());
                vote.requestedBy.addAll(recordedRequests.getOrDefault(e.motion(), List.of()));
                recordedRequests.remove(e.motion());
                votes.put(e.vote(), vote);
                if (motion.decided()) { // taken again (reconsidered, or retaken as a recorded vote)
                    current().entries.add(new Revote(vote));
                } else {
                    motion.votes.add(vote);
                }
            }
            case LiveEvent.BallotCast e -> votes.get(e.vote()).ballots.put(e.member(), e.choice());
            case LiveEvent.VoteClosed e -> {
                VoteEntry vote = votes.get(e.vote());
                vote.tally = e.tally();
                vote.deemed = e.deemed();
                lastClosedVote = vote;
                decided(vote.motion, e.tally().carried());
            }
            case LiveEvent.ResolutionNumbered e -> {
                if (lastClosedVote != null && lastClosedVote.motion.id == e.motion()) {
                    lastClosedVote.resolution = e.number();
                }
            }
            case LiveEvent.VoteLapsed e -> votes.get(e.vote()).lapsed = text.lapsed.formatted(e.counted(),
                    e.needed());
            case LiveEvent.ClosedSessionEntered e -> {
                anythingClosed = true;
                String clauses = e.clauses().stream().map(ClosedReason::section).collect(Collectors.joining(", s."));
                String natures = e.clauses().stream().map(ClosedReason::generalNature)
                        .collect(Collectors.joining("; "));
                String line = text.closedEntered.formatted(at(e.at()), clauses, natures);
                if (e.resolution() != null) {
                    line = line.substring(0, line.length() - 1) + text.byResolution.formatted(e.resolution());
                }
                note(line, true);
            }
            case LiveEvent.ClosedSessionLeft e -> note(text.closedLeft.formatted(at(e.at())), true);
            case LiveEvent.Recessed e -> note(text.recessed.formatted(at(e.at())), false);
            case LiveEvent.Resumed e -> note(text.resumed.formatted(at(e.at())), false);
            case LiveEvent.Adjourned e -> adjourned = at(e.at());
        }
    }

    private String number(long item) {
        MinutesSubject.Item known = subject.items().get(item);
        LiveEvent.ItemStarted taken = started.get(item);
        return known != null ? known.number() : taken != null ? taken.number() : "?";
    }

    private void declare(LiveEvent.InterestDeclared e) {
        MinutesSubject.Item item = subject.items().get(e.item());
        LiveEvent.ItemStarted taken = started.get(e.item());
        String number = number(e.item());
        String title = item != null ? item.publicTitle() : taken != null ? taken.title() : "";
        if (item != null && item.closed()) {
            anythingClosed = true;
            declarations.add(text.declaredClosed.formatted(name(e.member()), number, title));
            closedDeclarations.add(text.declared.formatted(name(e.member()), number, item.fullTitle(), e.nature()));
        } else {
            declarations.add(text.declared.formatted(name(e.member()), number, title, e.nature()));
        }
    }

    private void move(LiveEvent.MotionMoved e) {
        MotionEntry motion = new MotionEntry(e);
        motions.put(e.motion(), motion);
        if (motion.kind == MotionKind.AMENDMENT && motions.containsKey(e.amends())) {
            motions.get(e.amends()).amendments.add(motion);
        } else {
            current().entries.add(motion);
        }
    }

    /** A decided motion acts on its target: a reconsideration brings it back, a deferral or referral removes it. */
    private void decided(MotionEntry motion, boolean carried) {
        if (!carried || motion.amends == null) {
            return;
        }
        MotionEntry target = motions.get(motion.amends);
        if (target == null) {
            return;
        }
        switch (motion.kind) {
            case DEFERRAL -> leaveTheFloor(target, text.deferredBy.formatted(motion.id));
            case REFERRAL -> leaveTheFloor(target, text.referredBy.formatted(motion.id));
            case TABLE -> target.disposition = text.tabledBy.formatted(motion.id);
            case LIFT_FROM_TABLE -> target.disposition = null;
            default -> {
                // a reconsideration puts the motion to a vote again; that vote is written where it happens
            }
        }
    }

    private void leaveTheFloor(MotionEntry motion, String how) {
        motion.disposition = how;
        for (MotionEntry other : motions.values()) {
            if (other != motion && other.actsOn(motion.id, motions) && !other.decided() && other.disposition == null) {
                other.disposition = text.fell.formatted(motion.id);
            }
        }
    }

    private void note(String line, boolean inBoth) {
        current().entries.add(new Note(line, inBoth));
    }

    private Block current() {
        return blocks.get(blocks.size() - 1);
    }

    private boolean closed(MotionEntry motion) {
        return closedMatters.motionClosed(motion.id);
    }

    private GeneratedMinutes write() {
        anythingClosed |= motions.values().stream().anyMatch(this::closed);
        String open = document(false);
        return new GeneratedMinutes(open, anythingClosed ? Optional.of(document(true)) : Optional.empty());
    }

    private String document(boolean closed) {
        Html out = new Html();
        out.heading(1, (closed ? text.closedTitle : text.title) + " " + subject.meetingTitle());
        out.paragraph(text.held.formatted(subject.body(), subject.municipality(),
                date(subject.scheduledStart()), subject.location() == null ? "" : subject.location()));
        if (closed) {
            out.paragraph(text.confidential);
        }
        out.heading(2, text.attendance);
        List<String> present = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        attendance.forEach((member, times) -> {
            if (times.isEmpty()) {
                absent.add(name(member));
            } else {
                present.add(name(member) + " \u2014 " + String.join("; ", times));
            }
        });
        out.heading(3, text.present);
        out.list(present.isEmpty() ? List.of(text.none) : present);
        out.heading(3, text.absent);
        out.list(absent.isEmpty() ? List.of(text.none) : absent);

        out.heading(2, text.callToOrder);
        out.paragraph(withoutQuorum != null ? withoutQuorum
                : calledToOrder == null ? text.notCalled : text.calledToOrder.formatted(calledToOrder));

        out.heading(2, text.declarations);
        List<String> shown = closed ? closedDeclarations : declarations;
        out.list(shown.isEmpty() ? List.of(text.none) : shown);

        out.heading(2, text.proceedings);
        for (Block block : blocks) {
            writeBlock(out, block, closed);
        }
        out.heading(2, text.adjournment);
        out.paragraph(adjourned == null ? text.notAdjourned : text.adjourned.formatted(adjourned));
        return out.toString();
    }

    private void writeBlock(Html out, Block block, boolean closed) {
        MinutesSubject.Item item = block.item == null ? null : subject.items().get(block.item);
        boolean closedItem = item != null && item.closed();
        List<Entry> shown = block.entries.stream().filter(e -> switch (e) {
            case Note n -> !closed || n.inBoth;
            case MotionEntry m -> closed(m) == closed;
            case Revote r -> closed(r.vote.motion) == closed;
        }).toList();
        if (closed && !closedItem && shown.stream().noneMatch(e -> !(e instanceof Note))
                && shown.stream().noneMatch(Note.class::isInstance)) {
            return;
        }
        if (block.started != null) {
            String title = closed && item != null ? item.fullTitle() : block.started.title();
            out.heading(3, block.started.number() + " " + title);
            if (closedItem && !closed) {
                out.paragraph(text.closedItem);
            }
        }
        for (Entry entry : shown) {
            switch (entry) {
                case Note n -> out.paragraph(n.line);
                case MotionEntry m -> writeMotion(out, m, closed);
                case Revote r -> {
                    out.paragraph(text.again.formatted(r.vote.motion.id));
                    writeVote(out, r.vote);
                }
            }
        }
    }

    private String label(MotionEntry m) {
        return switch (m.kind) {
            case MAIN -> text.motion.formatted(m.id);
            case AMENDMENT -> text.amendmentTo.formatted(m.amends);
            case RECONSIDERATION -> text.reconsideration.formatted(m.id, m.amends);
            case DEFERRAL -> text.deferral.formatted(m.id, m.amends);
            case REFERRAL -> text.referral.formatted(m.id, m.amends);
            case CLOSED_SESSION -> text.closedResolution.formatted(m.id);
            case CONSENT -> text.consent.formatted(m.id);
            case DIRECTION_TO_STAFF -> text.direction.formatted(m.id);
            case PROCEDURAL -> text.procedural.formatted(m.id);
            case TABLE -> text.table.formatted(m.id, m.amends);
            case LIFT_FROM_TABLE -> text.liftFromTable.formatted(m.id, m.amends);
            case PREVIOUS_QUESTION -> text.previousQuestion.formatted(m.id, m.amends);
            case APPEAL -> text.appeal.formatted(m.id);
            case AGENDA_ADOPTION -> text.agendaAdoption.formatted(m.id);
            case WALK_ON -> text.walkOn.formatted(m.id);
        };
    }

    private void writeMotion(Html out, MotionEntry m, boolean closed) {
        String moved = m.seconder == null ? text.movedBy.formatted(name(m.mover))
                : text.movedSeconded.formatted(name(m.mover), name(m.seconder));
        out.paragraph(label(m) + ". " + moved + ":");
        out.quote(m.text);
        for (MotionEntry amendment : m.amendments) {
            if (closed(amendment) == closed) {
                writeMotion(out, amendment, closed);
            }
        }
        if (m.asAmended != null) {
            out.paragraph(text.asAmendedReads);
            out.quote(m.asAmended);
        } else if (m.kind == MotionKind.MAIN && m.amendments.stream().anyMatch(a -> a.carried())
                && m.votes.stream().anyMatch(v -> v.tally != null)) {
            out.paragraph(text.asAmended);
        }
        for (VoteEntry vote : m.votes) {
            writeVote(out, vote);
        }
        if (m.disposition != null) {
            out.paragraph(text.result + " " + m.disposition + ".");
        } else if (m.votes.isEmpty()) {
            out.paragraph(text.result + " " + text.notVoted + ".");
        }
    }

    private void writeVote(Html out, VoteEntry v) {
        for (long member : v.requestedBy) {
            out.paragraph(text.recordedRequested.formatted(name(member)));
        }
        if (v.lapsed != null) {
            out.paragraph(text.result + " " + v.lapsed);
            return;
        }
        if (v.tally == null) {
            out.paragraph(text.result + " " + text.notVoted + ".");
            return;
        }
        Tally t = v.tally;
        StringBuilder result = new StringBuilder(t.carried() ? text.carried : text.lost);
        result.append(" (").append(text.tally.formatted(t.yes(), t.against()));
        if (t.deemedNo() > 0) {
            result.append(", ").append(text.deemed.formatted(t.deemedNo()));
        }
        result.append(")");
        String needed = switch (v.motion.rule) {
            case MAJORITY_OF_VOTES_CAST -> null;
            case TWO_THIRDS_OF_PRESENT -> text.twoThirds;
            case MAJORITY_OF_WHOLE_COUNCIL -> text.wholeCouncil;
            case UNANIMOUS -> text.unanimous;
            case MORE_THAN_ONE_THIRD_OF_ALL_MEMBERS -> text.oneThirdOfAll;
            case TWO_THIRDS_OF_ALL_MEMBERS -> text.twoThirdsOfAll;
        };
        if (needed != null) {
            result.append("; ").append(needed);
        }
        out.paragraph(text.result + " " + result + "." + (v.resolution == null ? ""
                : " " + text.resolution.formatted(v.resolution)));
        if (v.recorded) {
            out.paragraph(text.recordedVote);
            List<String> lines = new ArrayList<>();
            lines.add(text.inFavour + ": " + names(v.ballots, Choice.YES));
            lines.add(text.opposed + ": " + names(v.ballots, Choice.NO));
            if (v.deemed != null) {
                lines.add(text.deemedOpposed + ": " + (v.deemed.isEmpty() ? text.none
                        : v.deemed.stream().map(this::voter).collect(Collectors.joining(", "))));
            } else if (t.deemedNo() > 0) {
                lines.add(text.deemedOpposed + ": " + t.deemedNo());
            }
            out.list(lines);
        }
    }

    private String names(Map<Long, Choice> cast, Choice choice) {
        String names = cast.entrySet().stream().filter(e -> e.getValue() == choice).map(e -> voter(e.getKey()))
                .collect(Collectors.joining(", "));
        return names.isEmpty() ? text.none : names;
    }

    /** A member's name in a recorded vote, with their votes where they cast more than one (weighted votes). */
    private String voter(long member) {
        int votes = subject.votes().getOrDefault(member, 1);
        return votes > 1 ? name(member) + " (" + text.votes.formatted(votes) + ")" : name(member);
    }

    private String name(long member) {
        return subject.members().getOrDefault(member, "#" + member);
    }

    private String at(Instant instant) {
        return time.format(instant.atZone(subject.zone()));
    }

    private String date(Instant instant) {
        return DateTimeFormatter.ofPattern(subject.french() ? "EEEE d MMMM yyyy" : "EEEE, MMMM d, yyyy",
                subject.language()).format(instant.atZone(subject.zone()));
    }

    private sealed interface Entry permits Note, MotionEntry, Revote {
    }

    private record Note(String line, boolean inBoth) implements Entry {
    }

    /** A motion put to the vote again, written where it happened. */
    private record Revote(VoteEntry vote) implements Entry {
    }

    private static final class VoteEntry {
        final MotionEntry motion;
        final boolean recorded;
        final List<Long> requestedBy = new ArrayList<>();
        final Map<Long, Choice> ballots = new LinkedHashMap<>();
        Tally tally;
        List<Long> deemed;
        String lapsed;
        String resolution;

        VoteEntry(MotionEntry motion, boolean recorded) {
            this.motion = motion;
            this.recorded = recorded;
        }
    }

    private static final class MotionEntry implements Entry {
        final long id;
        final Long amends;
        final MotionKind kind;
        final String text;
        final long mover;
        final VoteRule rule;
        final List<MotionEntry> amendments = new ArrayList<>();
        final List<VoteEntry> votes = new ArrayList<>();
        Long seconder;
        String disposition;
        String asAmended;

        MotionEntry(LiveEvent.MotionMoved e) {
            this.id = e.motion();
            this.amends = e.amends();
            this.kind = e.motionKind();
            this.text = e.text();
            this.mover = e.mover();
            this.rule = e.rule();
        }

        boolean decided() {
            return votes.stream().anyMatch(v -> v.tally != null);
        }

        boolean carried() {
            return votes.stream().filter(v -> v.tally != null).reduce((a, b) -> b).map(v -> v.tally.carried())
                    .orElse(false);
        }

        boolean actsOn(long target, Map<Long, MotionEntry> all) {
            MotionEntry m = this;
            while (m.amends != null && m.kind.actsOnPendingMotion()) {
                if (m.amends == target) {
                    return true;
                }
                m = all.get(m.amends);
                if (m == null) {
                    return false;
                }
            }
            return false;
        }
    }

    private static final class Block {
        final Long item;
        final LiveEvent.ItemStarted started;
        final List<Entry> entries = new ArrayList<>();

        Block(Long item, LiveEvent.ItemStarted started) {
            this.item = item;
            this.started = started;
        }
    }
}
