package ca.quorum.web.live;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import ca.quorum.meeting.application.MeetingConsole;
import ca.quorum.meeting.application.MeetingConsole.Declaration;

/** The public registry of declarations of pecuniary interest (Municipal Conflict of Interest Act s.6.1). */
@Named
@RequestScoped
public class DeclarationsView {

    @EJB
    MeetingConsole console;

    private List<Declaration> declarations;

    public List<Declaration> getDeclarations() {
        if (declarations == null) {
            declarations = console.declarations(500);
        }
        return declarations;
    }
}
