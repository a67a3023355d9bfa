package ca.quorum.meeting.domain;

/** A member's seat on a body. The head of council chairs council and votes as any member (Municipal Act). */
public enum MemberRole {
    HEAD_OF_COUNCIL, CHAIR, VICE_CHAIR, MEMBER
}
