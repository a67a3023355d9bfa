package ca.quorum.meeting.domain.minutes;

/** The fixed wording of generated minutes, in English and in French. */
final class Labels {

    String title, closedTitle, held, confidential, attendance, present, absent, none, inPerson, electronic,
            left, callToOrder, calledToOrder, notCalled, declarations, declared, proceedings, closedItem, motion,
            reconsideration, amendmentTo, movedBy, movedSeconded, result, carried, lost, withdrawn, deferred,
            referred, notVoted, tally, deemed, twoThirds, wholeCouncil, unanimous, recordedVote, inFavour, opposed,
            deemedOpposed, closedEntered, closedLeft, recessed, resumed, adjournment, adjourned, notAdjourned,
            withoutQuorum, declaredClosed, lapsed, byResolution, deferredBy, referredBy, fell, again, deferral,
            referral, closedResolution, direction, procedural, asAmended, recordedRequested, oneThirdOfAll,
            twoThirdsOfAll, votes, consent, lifted, resolution, pointOfOrder, wellTaken, notWellTaken, notice,
            tabledBy, table, liftFromTable, previousQuestion, appeal, agendaAdoption, walkOn, asAmendedReads;

    static Labels of(boolean french) {
        Labels l = new Labels();
        if (french) {
            l.title = "Procès-verbal :";
            l.closedTitle = "Procès-verbal de la séance à huis clos :";
            l.held = "%s, %s, %s. Lieu : %s.";
            l.confidential = "Confidentiel. Séance à huis clos en vertu de l'article 239 de la Loi de 2001 sur les "
                    + "municipalités; réservé aux personnes autorisées.";
            l.attendance = "Présences";
            l.present = "Présents";
            l.absent = "Absents";
            l.none = "Aucun";
            l.inPerson = "en personne à partir de %s";
            l.electronic = "par voie électronique à partir de %s";
            l.left = "a quitté à %s";
            l.callToOrder = "Ouverture de la séance";
            l.calledToOrder = "La séance est ouverte à %s.";
            l.notCalled = "La séance n'a pas été ouverte.";
            l.declarations = "Déclarations d'intérêts pécuniaires";
            l.declared = "%s déclare un intérêt pécuniaire dans le point %s, %s : %s.";
            l.proceedings = "Délibérations";
            l.closedItem = "Question étudiée à huis clos.";
            l.motion = "Motion %d";
            l.reconsideration = "Motion %d, visant à réexaminer la motion %d";
            l.deferral = "Motion %d, visant à reporter la motion %d";
            l.referral = "Motion %d, visant à renvoyer la motion %d";
            l.closedResolution = "Motion %d, visant à poursuivre la séance à huis clos";
            l.direction = "Motion %d (directives au personnel)";
            l.procedural = "Motion %d (question de procédure)";
            l.withoutQuorum = "Le quorum n'a pas été atteint : à %s, la séance a été close sans avoir été tenue "
                    + "(%d membre(s) présent(s), %d requis).";
            l.declaredClosed = "%s déclare un intérêt pécuniaire dans le point %s, %s (question étudiée à huis "
                    + "clos).";
            l.lapsed = "Aucune décision : le quorum a été perdu avant la clôture du vote (%d membre(s) comptés, %d "
                    + "requis).";
            l.byResolution = ", par résolution (motion %d).";
            l.deferredBy = "Reportée (motion %d)";
            l.referredBy = "Renvoyée (motion %d)";
            l.fell = "Caduque, la motion %d ayant quitté l'assemblée";
            l.again = "La motion %d est de nouveau mise aux voix :";
            l.asAmended = "La motion principale, telle que modifiée, est mise aux voix.";
            l.asAmendedReads = "La motion principale, telle que modifiée, est mise aux voix :";
            l.recordedRequested = "%s demande un vote par appel nominal (par. 246(1)).";
            l.amendmentTo = "Amendement à la motion %d";
            l.movedBy = "Proposée par %s";
            l.movedSeconded = "Proposée par %s, appuyée par %s";
            l.result = "Résultat :";
            l.carried = "Adoptée";
            l.lost = "Rejetée";
            l.withdrawn = "Retirée";
            l.deferred = "Reportée";
            l.referred = "Renvoyée";
            l.notVoted = "Aucun vote";
            l.tally = "%d pour, %d contre";
            l.deemed = "dont %d réputé(s) contre pour ne pas avoir voté, par. 246(2)";
            l.twoThirds = "deux tiers des membres présents requis";
            l.wholeCouncil = "majorité de l'ensemble du conseil requise";
            l.unanimous = "unanimité requise";
            l.oneThirdOfAll = "plus du tiers de l'ensemble des membres requis (partie VI.1)";
            l.twoThirdsOfAll = "deux tiers de l'ensemble des membres requis (partie VI.1)";
            l.votes = "%d voix";
            l.resolution = "Résolution %s.";
            l.pointOfOrder = "%s soulève un rappel au règlement : %s";
            l.wellTaken = "La présidence juge le rappel au règlement fondé : %s";
            l.notWellTaken = "La présidence juge le rappel au règlement non fondé : %s";
            l.notice = "%s donne avis de motion pour la séance du %s : %s";
            l.tabledBy = "Déposée sur le bureau (motion %d)";
            l.table = "Motion %d, visant à déposer la motion %d sur le bureau";
            l.liftFromTable = "Motion %d, visant à reprendre la motion %d déposée sur le bureau";
            l.previousQuestion = "Motion %d, question préalable sur la motion %d";
            l.appeal = "Motion %d, appel de la décision de la présidence";
            l.agendaAdoption = "Motion %d, adoption de l'ordre du jour";
            l.walkOn = "Motion %d, ajout d'un point à l'ordre du jour";
            l.consent = "Motion %d, visant à adopter l'ordre du jour de consentement";
            l.lifted = "%s demande que le point %s soit retiré de l'ordre du jour de consentement.";
            l.recordedVote = "Vote par appel nominal :";
            l.inFavour = "Pour";
            l.opposed = "Contre";
            l.deemedOpposed = "Réputés contre (par. 246(2))";
            l.closedEntered = "À %s, la séance se poursuit à huis clos en vertu de l'alinéa %s de la Loi de 2001 sur "
                    + "les municipalités (%s).";
            l.closedLeft = "À %s, la séance à huis clos est levée.";
            l.recessed = "La séance est suspendue à %s.";
            l.resumed = "La séance reprend à %s.";
            l.adjournment = "Levée de la séance";
            l.adjourned = "La séance est levée à %s.";
            l.notAdjourned = "La séance n'a pas été levée.";
        } else {
            l.title = "Minutes:";
            l.closedTitle = "Closed session minutes:";
            l.held = "%s, %s, %s. Location: %s.";
            l.confidential = "Confidential. Closed session under section 239 of the Municipal Act, 2001; for "
                    + "authorised persons only.";
            l.attendance = "Attendance";
            l.present = "Present";
            l.absent = "Absent";
            l.none = "None";
            l.inPerson = "in person from %s";
            l.electronic = "electronically from %s";
            l.left = "left at %s";
            l.callToOrder = "Call to order";
            l.calledToOrder = "The meeting was called to order at %s.";
            l.notCalled = "The meeting was not called to order.";
            l.declarations = "Disclosures of pecuniary interest";
            l.declared = "%s declared a pecuniary interest in item %s, %s: %s.";
            l.proceedings = "Proceedings";
            l.closedItem = "Considered in closed session.";
            l.motion = "Motion %d";
            l.reconsideration = "Motion %d, to reconsider motion %d";
            l.deferral = "Motion %d, to defer motion %d";
            l.referral = "Motion %d, to refer motion %d";
            l.closedResolution = "Motion %d, to proceed into closed session";
            l.direction = "Motion %d (direction to staff)";
            l.procedural = "Motion %d (procedural)";
            l.withoutQuorum = "No quorum was present: at %s the meeting was closed without being held (%d member(s) "
                    + "present, %d needed).";
            l.declaredClosed = "%s declared a pecuniary interest in item %s, %s (a closed session matter).";
            l.lapsed = "Not decided: quorum was lost before the vote closed (%d counted, %d needed).";
            l.byResolution = ", by resolution (motion %d).";
            l.deferredBy = "Deferred (motion %d)";
            l.referredBy = "Referred (motion %d)";
            l.fell = "Fell when motion %d left the floor";
            l.again = "Motion %d was put to the vote again:";
            l.asAmended = "The main motion, as amended, was put to the vote.";
            l.asAmendedReads = "The main motion, as amended, was put to the vote:";
            l.recordedRequested = "%s asked for a recorded vote (s.246(1)).";
            l.amendmentTo = "Amendment to motion %d";
            l.movedBy = "Moved by %s";
            l.movedSeconded = "Moved by %s, seconded by %s";
            l.result = "Result:";
            l.carried = "Carried";
            l.lost = "Lost";
            l.withdrawn = "Withdrawn";
            l.deferred = "Deferred";
            l.referred = "Referred";
            l.notVoted = "No vote taken";
            l.tally = "%d in favour, %d opposed";
            l.deemed = "including %d deemed opposed for not voting, s.246(2)";
            l.twoThirds = "two-thirds of members present required";
            l.wholeCouncil = "majority of the whole council required";
            l.unanimous = "unanimity required";
            l.oneThirdOfAll = "more than one-third of all members required (Part VI.1)";
            l.twoThirdsOfAll = "two-thirds of all members required (Part VI.1)";
            l.votes = "%d votes";
            l.resolution = "Resolution %s.";
            l.pointOfOrder = "%s raised a point of order: %s";
            l.wellTaken = "The chair ruled the point of order well taken: %s";
            l.notWellTaken = "The chair ruled the point of order not well taken: %s";
            l.notice = "%s gave notice of a motion for the meeting of %s: %s";
            l.tabledBy = "Tabled (motion %d)";
            l.table = "Motion %d, to table motion %d";
            l.liftFromTable = "Motion %d, to take motion %d from the table";
            l.previousQuestion = "Motion %d, the previous question on motion %d";
            l.appeal = "Motion %d, to sustain the chair's ruling (appeal)";
            l.agendaAdoption = "Motion %d, to adopt the agenda";
            l.walkOn = "Motion %d, to add an item to the agenda";
            l.consent = "Motion %d, to adopt the consent agenda";
            l.lifted = "%s asked that item %s be lifted from the consent agenda.";
            l.recordedVote = "Recorded vote:";
            l.inFavour = "For";
            l.opposed = "Against";
            l.deemedOpposed = "Deemed against (s.246(2))";
            l.closedEntered = "At %s the meeting moved into closed session under s.%s of the Municipal Act, 2001 "
                    + "(%s).";
            l.closedLeft = "At %s the meeting rose from closed session.";
            l.recessed = "The meeting recessed at %s.";
            l.resumed = "The meeting resumed at %s.";
            l.adjournment = "Adjournment";
            l.adjourned = "The meeting adjourned at %s.";
            l.notAdjourned = "The meeting was not adjourned.";
        }
        return l;
    }
}
