<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>AfterCourseLine</name>
    <message>
        <source>About the last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a course, a mood each day (just above) shows how the weeks go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mood for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the mood nudge for today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AftercarePane</name>
    <message>
        <source>Looking after yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the rest of the day. Tick what you&apos;ve taken care of; there&apos;s no rush, and your care team&apos;s advice comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} taken care of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentHistory</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you added to the chosen result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen result to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your {name} results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} of {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No {name} results yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How difficult: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experience you had in mind: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result is in the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write something to save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupKeyDialog</name>
    <message>
        <source>Open a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase your journal had when this backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the recovery key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down or printed when you made your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then choose a new passphrase for the restored journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of four letters and numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the backup&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your recovery key, with every group of four.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Afterglow backups (*{suffix});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also copy backups to this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 0.01 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mb} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved an encrypted backup to {path}. It opens with your passphrase or your recovery key; keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made with another passphrase: from another journal, or before you changed yours. Type that passphrase, or use the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow is still finishing the last step. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} other record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} other records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact: {parts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} is in the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} are in the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} Your journal itself is fine; try another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} Nothing was saved on this computer. You can choose another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal already had everything in this backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} record came in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} records came in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are new records in your journal, from another journal; your settings stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} record took the backup&apos;s newer version; the one it replaced is kept as an earlier version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} records took the backup&apos;s newer version; the ones they replaced are kept as earlier versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} is newer in your journal and stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} are newer in your journal and stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} was already the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} were already the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} moved to the Trash, as in the backup; you can bring it back from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} moved to the Trash, as in the backup; you can bring them back from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of your journal from just before is in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsCard</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When your journal has changed, Afterglow backs it up as it locks and as you quit, into the backups folder beside it: the last {latest} are kept, plus one a week for {weeks} weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic backups yet. The first is made when you lock Afterglow or quit after writing something, or now with “Back up now”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the chosen backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is an encrypted copy to keep anywhere; it opens with your passphrase or your recovery key. Restoring brings in anything newer from a backup and never deletes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a backup to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup into this journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also copy to a folder (a USB stick, a synced folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder the backups are also copied to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder to copy backups to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop copying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop copying backups to that folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not copying anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every part of this backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From now on each automatic backup is copied to {folder} too. “Back up now” copies one there straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are no longer copied there. The copies already made stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy is also in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It couldn&apos;t be copied to {folder}: is the drive plugged in? The backup beside your journal is fine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarFile</name>
    <message>
        <source>Afterglow: a moment for reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few gentle questions are waiting in Afterglow, whenever you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short check-in questionnaire is waiting in Afterglow, if you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is coming up in the next {days} days, so there&apos;s nothing to add yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved 1 reminder to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {n} reminders to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it with your calendar app to add them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new passphrase for your journal. Your entries and your recovery key stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInDetails</name>
    <message>
        <source>Anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety, from 0 none to 10 very high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plenty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy, from 0 none to 10 plenty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of sleep last night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep quality, from 1 poor to 5 good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words, if you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood, from 1 very low to 10 very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo this check-in (it goes to the Trash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start another check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the check-in was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop editing and clear the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your mood, 1 to 10, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at {time}. Thank you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the check-in from {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you chose is still here; save again when you&apos;re ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That didn&apos;t save: {reason} Change it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving didn&apos;t work just now. {kept}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide anxiety, energy, sleep and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add more: anxiety, energy, sleep, feelings or a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: the check-in is in the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>{name} progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDelete</name>
    <message>
        <source>Move to the Trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {name} to the Trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its preparation, session notes and integration answers go with it. Nothing is lost: you can restore it from the Trash whenever you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmMergeDialog</name>
    <message>
        <source>Your journal stays as it is, plus anything newer from the backup. Nothing is deleted; a copy of your journal as it is now is saved first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is of another journal. Its entries, check-ins, journeys and questionnaires become new entries in this journal, next to yours. Nothing of yours is changed or deleted, and your settings stay as they are; a copy of your journal as it is now is saved first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring this backup into your journal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another journal&apos;s entries to yours?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as new entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this backup&apos;s records as new entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmNewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new recovery key will take the place of the one you have now. From then on, your old recovery key no longer opens this journal, or any backup you make afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups made before now still open with the old key, so keep them somewhere safe too, or delete them once you have made a new backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You&apos;ll see the new key once, straight after this, to write down or print. Your passphrase and your entries stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making your new recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the recovery key wasn&apos;t replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow is still finishing something else, so nothing was changed. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned number of sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course this session belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new course of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An induction is a few sessions close together; maintenance is boosters every few weeks. The reflections follow the kind you choose. Nothing you wrote changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatePassphraseStep</name>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase locks your journal. A few unrelated words that you will remember work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can reset this passphrase for you. If you forget it, only the recovery key you will see next can open your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the welcome page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisDialog</name>
    <message>
        <source>Need help now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You don&apos;t have to hold this alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the lines for {region}, from your computer&apos;s settings. You can choose another region in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the lines for {region}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <source>Choose a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a day, or move to it with the arrow keys and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written or checked in on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and {n} more check-ins this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the planned session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the entry “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and {n} more entries: the Journal lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DifficultyAnswer</name>
    <message>
        <source>How difficult these problems have made things (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: you can leave this one, and it doesn&apos;t change the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this one out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the answer about how difficult</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoseFields</name>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose in mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or per kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose in mg per kg, instead of the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mg/kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body weight in kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infusion time in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes the lozenge was held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dose in mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this as a whole number, like 2, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this as a number, like 50 or 37.5, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 device · {mg} mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} devices · {mg} mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{per_kg} mg/kg × {kg} kg · {mg} mg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueHintLine</name>
    <message>
        <source>A questionnaire you could take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the questionnaire now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this hint for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why}. A {name} now can show how you&apos;ve been.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EarlierReflections</name>
    <message>
        <source>What you wrote at steps this session no longer has, since it became part of a course. It&apos;s all kept, just as you wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EffectDetail</name>
    <message>
        <source>{effect}: how strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{effect}: lasted until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasted until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmotionChips</name>
    <message>
        <source>Heavy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heavy feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steady feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{word} ({group})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other words, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own feeling words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Your journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journeys yet. When you plan your first session, Afterglow walks with you from preparation to the month after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journeys yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a journey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a journey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryChecklist</name>
    <message>
        <source>Journal entries to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all entries except private ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick all entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private: only in the summary if you tick it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries in these days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ticked} of {total} ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary shows the {most} most recent and counts the rest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Title (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day this entry is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See how it reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See how it reads (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give me a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a gentle question at the top; ask again for another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write whatever is here for you. Markdown works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private entries stay out of summaries for your therapist unless you pick them one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See and restore earlier versions of this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this entry to the Trash; you can restore it later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryListView</name>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to open an entry and start writing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryTreeModel</name>
    <message>
        <source>{month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private: left out of summaries unless you pick it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds entries with every word you type (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only entries with one tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only show entries between two dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Afterglow guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide is missing from this installation of Afterglow. Installing Afterglow again brings it back; your journal is not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word in the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsPanel</name>
    <message>
        <source>Descriptive, from your own entries; not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures from your entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As you check in around sessions and take questionnaires, a few simple figures will show here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstrumentAnswers</name>
    <message>
        <source>A few words are enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experience I had in mind (optional, only for you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrationCard</name>
    <message>
        <source>Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration steps ready for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting. Steps appear here in the month after a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few more reflections are waiting in Journeys — no rush.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More reflections are waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights to carry forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your starred insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course: {label} · {title} · {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {n}, {label}: {title} · {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {n}: {words}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrationPane</name>
    <message>
        <source>Course, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier
months…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier course reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier
reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {n} · {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntentionPane</name>
    <message>
        <source>Finding the words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every question is optional. Answer one, or all, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My intention, in one sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In one sentence, in my own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My earlier intentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{which}: “{sentence}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new entry (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See deleted entries and restore them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet. Press New entry, or Ctrl+N, to write your first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That entry is in the Trash. Restore it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry isn&apos;t saved yet, so it stays open. The note below it says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match; try fewer words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match; try another tag or other dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the Trash. You can restore it from Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. It&apos;s back in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That version is back. The text from just before is kept as a version too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyList</name>
    <message>
        <source>My journeys, by course</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneySaver</name>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, except the session: see the note there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyTrashDialog</name>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journeys you moved here keep all their answers until you restore them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Trash has no journeys in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message>
        <source>Open journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this journey to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course this session is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the kind of course and its planned length, or move this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {n} of {of} · {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} · {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step} due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mood couldn&apos;t be saved: {why} Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to your mood chart. Thank you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journeys</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 days after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 weeks after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Induction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carried forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried forward into session {n} · you can still write here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried forward · you can still write here whenever you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming · due {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue · it&apos;s still here whenever you&apos;re ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sublingual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intranasal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcutaneous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lozenge (troche)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set an intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration: {step} due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration: {step} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration: the first capture is still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration: the {step} step is still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {planned}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course: {step} due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course: {step} is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneysPage</name>
    <message>
        <source>Plan a journey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions for my prescriber…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions for my prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See journeys you moved to the Trash, and restore them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That journey is in the Trash. Restore it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of this session isn&apos;t saved yet, so it stays open. The note there says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned. Take each step whenever you&apos;re ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is in the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the Trash. You can restore it from Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course and this session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course wasn&apos;t changed. {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The reflections now follow the course as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored, with all its answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Afterglow is a private journal, not medical advice. It does not diagnose, treat or monitor anything, and nobody watches what you write here. If you are in crisis, contact your care team or your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J&amp;ourneys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need &amp;Help Now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Afterglow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked. Everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked. Your journal is hidden until you unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup wasn&apos;t written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is restored: {n} records, all checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Afterglow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Afterglow {version}&lt;/h3&gt;&lt;p&gt;A private journal for psychedelic-assisted therapy: preparation, sessions, integration and everyday life.&lt;/p&gt;&lt;p&gt;Everything you write is encrypted and stays on this computer.&lt;/p&gt;&lt;p&gt;{advice}&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some words aren&apos;t saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of what you wrote couldn&apos;t be saved yet, and quitting now would lose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Afterglow open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit and lose them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicineField</name>
    <message>
        <source>Ketamine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esketamine (Spravato)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psilocybin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MDMA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medicine&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the medicine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeFlow</name>
    <message>
        <source>Checking every part of the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bringing in the backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mood</name>
    <message>
        <source>mood {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anxiety {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slept {h} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sleep {n}/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} of {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} {n} of {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {n} ({day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{head}: not enough check-ins around it to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{head}: mood averaged {before} in the week before ({b} days with check-ins) and {after} in the week after ({a} days): {moved}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After 7 hours of sleep or more, mood averaged {rested} ({r_days} days); after less, {short} ({s_days} days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep and mood went together {how} (r = {r:.2f}, {n} days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hardly at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>somewhat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more sleep, higher mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more sleep, lower mood</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodChart</name>
    <message>
        <source>Mood chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded in these days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {count} days from {first} to {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No {name} results yet. When you take it, your scores will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins yet. Your first one will start the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your check-ins has {what} yet. Add it next time and the line will start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an anxiety rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an energy rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours of sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {n}, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} h of sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-day mean {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodPage</name>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are you right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoreReadings</name>
    <message>
        <source>Add a reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a reading at another time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase, again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase to protect your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please use at least {minimum} characters (this one has {count}). A few unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the passphrase a second time, to be sure of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: I have kept my new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without keeping the key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your old recovery key no longer works, and this one won&apos;t be shown again. If you close now without writing it down, you can make another new key in Settings whenever you like.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextSessionCard</name>
    <message>
        <source>Next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your next planned session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your next journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session planned. When you plan one, it will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {n} is planned for {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your intention: “{s}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation: {ready} of {total} ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>At a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions for my prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood chart, with sessions marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I&apos;d like to talk about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the entries I tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include {section}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include my answers to the question about self-harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers to PHQ-9 question 9 help your therapist look after you. You can leave them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything you want to bring up: a question, a worry, something that went well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the top, if you add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose entries to include: none go in until you tick them. Tick all leaves private ones for you to tick one by one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputFiles</name>
    <message>
        <source>Choose another place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodChooser</name>
    <message>
        <source>Since my last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last session: {day}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickerDialog</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan a journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When is the session? You can change it later. A day in the past works too, to write about one that already happened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreparationPane</name>
    <message>
        <source>Getting ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what&apos;s ready. These are gentle reminders; your care team&apos;s own instructions always come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else to remember…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My own item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my own item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the items I hid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a sitter card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a one-page card for the person staying with you, as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for you, to have things in one place. All optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I take, and any changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it was measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When I last ate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will be with me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ride home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who takes me home, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show hidden items ({n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Save a PDF instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireForm</name>
    <message>
        <source>This is a self-report to share with your care team, not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the questions ask about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to read the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See my result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the answers and see the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the answers were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source and licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How difficult, as you answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something worth noticing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said thoughts of being better off dead, or of hurting yourself, have come up. You don&apos;t have to hold that alone. Please tell your care team, or reach someone now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who I can reach now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the answers and take it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source} Licence: {licence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How difficult these problems have made things: {answer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {n} answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {n} answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsDialog</name>
    <message>
        <source>Questions for my prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list to take to your next appointment. Tick each one once it&apos;s asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet. Add a question below, or keep a suggestion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this question to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested from what you logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the list as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close your questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked once it&apos;s asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick once it&apos;s asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to your questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It won&apos;t be suggested again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your questions as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}. It isn&apos;t encrypted, so keep it somewhere private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print your questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list didn&apos;t print. Check the printer and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsLine</name>
    <message>
        <source>Questions for my prescriber…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions for my prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} on your list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsSheet</name>
    <message>
        <source>Questions for my prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up on this computer. You can save a PDF instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer you chose saves a PDF file rather than printing on paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF isn&apos;t encrypted: anyone who opens it can read your questions. Keep it somewhere private.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickCheckInCard</name>
    <message>
        <source>How are you right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You checked in at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickNotes</name>
    <message>
        <source>Quick note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word or a line; Enter adds it with the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes, with their times</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingField</name>
    <message>
        <source>Add a reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: add a reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: top number (systolic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: bottom number (diastolic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the readings as whole numbers, like 128 / 82.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write both numbers: the top one (systolic) and the bottom one (diastolic).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentCheckIns</name>
    <message>
        <source>Your recent check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins yet. The first one can be just a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the chosen check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen check-in to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in is in the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryForm</name>
    <message>
        <source>Use your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down or printed when you made your journal. Then choose a new passphrase to use from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of four letters and numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your recovery key, with every group of four.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyStep</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the other way to open your journal. It is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it down or print it, and keep it somewhere safe and private, away from this computer. It opens your journal just as your passphrase does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written down or printed my recovery key and put it somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written down or printed my recovery key
and put it somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Afterglow recovery key&lt;/h2&gt;&lt;p&gt;This key opens your Afterglow journal if you forget your passphrase. Keep it somewhere safe and private: anyone who has it and your journal file can read your journal.&lt;/p&gt;&lt;p style=&apos;font-family: monospace; font-size: 18pt&apos;&gt;{code}&lt;/p&gt;&lt;p&gt;To use it, choose “Use recovery key instead” when Afterglow asks for your passphrase.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your recovery key as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key didn&apos;t print. Check the printer and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Afterglow recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up on this computer. You can save a PDF instead, or copy the key by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer you chose doesn&apos;t print on paper: it saves a PDF file. You can save one, or copy the key by hand instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who has that file can open your journal: it is as powerful as your passphrase, and it is not encrypted. Printing on paper or writing the key down is safer. If you do save it, keep the file somewhere only you can reach: not on this computer, and not in a synced folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}. Anyone who has this file can open your journal, just as with your passphrase. Print it or copy it by hand, then delete the file, or move it somewhere safe away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Afterglow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A moment to check in with yourself, whenever you&apos;re ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A moment for reflection is here, whenever you&apos;re ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} moments for reflection are here, whenever you&apos;re ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersCard</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me when an integration step is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest a PHQ-9 and GAD-7 every two weeks and after sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire suggestions on Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to check in each day at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily check-in reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time is within your quiet hours, so the check-in reminder won&apos;t appear. Choose another time, or change the quiet hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How reminders appear on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the coming reminders to my calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For when Afterglow is closed: saves the next two months&apos; reminders as a calendar file. Each one says only “Afterglow: a moment for reflection”, though their times follow your sessions: keep the file and the calendar somewhere private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Afterglow when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Afterglow when I log in, locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It opens locked, at the passphrase screen. Once you have unlocked it, reminders come all day, even after it locks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders appear as notifications on your desktop while Afterglow is open, also after it has locked itself. They never show what you wrote, and nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders appear beside Afterglow&apos;s icon in the system tray while Afterglow is open, also after it has locked itself. They never show what you wrote, and nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer doesn&apos;t show notifications from Afterglow, so reminders can&apos;t appear. Add to my calendar instead, and your calendar app will remind you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your private journal, opened locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow will open, locked, when you log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow won&apos;t open by itself when you log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That couldn&apos;t be changed: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreIntoNewJournal</name>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPlanDialog</name>
    <message>
        <source>Save your safety plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of what you wrote in your safety plan isn&apos;t saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan for hard moments, written while things feel a little calmer. When it gets hard, start at step 1 and go on until something helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you can read this. It stays encrypted on this computer and is never part of a summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my safety plan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close my safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs a hard time is coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thoughts, feelings or situations that tell you things are starting to slide. Noticing them early gives you more time for the steps below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I can do on my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small things that have steadied you before, with nobody else needed: a walk, a shower, a song, slow breathing, something warm to hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and places that take my mind elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somewhere to go or someone to be around, without having to talk about how you feel: a café, a friend&apos;s kitchen, the library, a park.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People I can reach out to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friends or family you could tell that you&apos;re struggling and ask for help. Note how to reach them, so you don&apos;t have to look it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professionals and crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your therapist, doctor or care team, and a crisis line where you live, with their numbers and hours. The lines under Need help now are there too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making my surroundings safer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you could put away, lock up or hand to someone you trust while things are hard, and who could help you do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n}: {heading}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you wrote before the journal locked is back. Save it to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your words are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason} {kept}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving didn&apos;t work just now. {kept} Please try Save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your safety plan is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your journal to see your safety plan. The crisis lines are here whenever you need them, locked or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your safety plan didn&apos;t open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveWords</name>
    <message>
        <source>Your words are still here; Afterglow keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason} Your words are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: {reason} {kept}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving didn&apos;t work just now. {kept}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleField</name>
    <message>
        <source>0 is {low}, 10 is {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleRow</name>
    <message>
        <source>{scale} {n} of {most}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionPane</name>
    <message>
        <source>Planned for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strongest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felt clear and ready to go home at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic or person, if you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone I trust was with me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitter present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A playlist, an album, silence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gentle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissociation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body sensations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warmth, heaviness, tingling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All optional. “Now” fills in this minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dosing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About 40 minutes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In my body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick any you noticed, if you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes as they come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In my own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture first, interpret later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in my own words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionSaver</name>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionViewModel</name>
    <message>
        <source>automatic backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {name} finished before the journal locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new recovery key was made, but the journal locked before it could be shown, so your old recovery key no longer works. Open your journal and make another one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Afterglow is a private journal, not medical advice. It does not diagnose, treat or monitor anything, and nobody watches what you write. If you are struggling, please reach out to your care team or a crisis line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow also locks when you press Ctrl+L and when the computer sleeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region for crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (from your computer: {region})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on the sitter card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My clinic&apos;s phone, for the sitter card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Need help now?” in the sidebar shows this region&apos;s lines first, and every other country&apos;s after them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is one encrypted file in this folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the GNU GPL, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing your passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase is changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new recovery key is in use. The old one no longer opens this journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Afterglow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need help now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need help now? Show crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the journal now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a demo journal with made-up entries. Nothing you change here is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An older copy of this journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal moved to a newer format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} saved record(s) could not be opened because the file was damaged: {ids}. Everything else is here and safe. You can restore them from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records left out: the journal file was changed outside Afterglow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal file was changed outside Afterglow, so 1 saved record was left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal file was changed outside Afterglow, so {n} saved records were left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {id}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 other saved record could not be opened because the file was damaged: {ids}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} other saved records could not be opened because the file was damaged: {ids}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rest of your journal is here and safe. You can bring these records back from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ids} and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you wrote before the lock is back, and Afterglow is saving it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SideEffectsField</name>
    <message>
        <source>Dissociation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sedation or sleepiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dizziness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nausea or vomiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blurred vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling drunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness or tingling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another side effect, in my own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this side effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how strong each one was, and it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with a side effect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitterCard</name>
    <message>
        <source>Save a sitter card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card wasn&apos;t saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitter card saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}. It holds nothing from your journal: only what a sitter needs, and lines for blood pressure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusWords</name>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <source>Preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {state} (Alt+{n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (Alt+{n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>When this step is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My first and latest captures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My first capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I wrote right after the first and the last session, to read beside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I wrote right after the session, to read beside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood today, from 1 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my mood chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this mood to my mood chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood today (1–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry this forward: {prompt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star this answer as an insight to carry forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written right after this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Carrying this forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☆ Carry this forward</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short: use at least {minimum} characters ({count} so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>centuries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: could be guessed in {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: would take {time} to guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few unrelated words make a strong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid common words like &apos;password&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid runs like &apos;abc&apos;, &apos;123&apos; or &apos;qwerty&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid repeating letters or words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid years and dates; they are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swapping letters for numbers, like 0 for o, adds very little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another word or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one more word to make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a good passphrase. Make sure you will remember it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Afterglow summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up on this computer. You can save the summary as a PDF instead, and print it or send it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer you chose doesn&apos;t print on paper: it saves a PDF file. You can save the summary as a PDF instead, choosing where it goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF is not encrypted: anyone who can open the file can read it. Keep it somewhere private, and delete it once you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the summary as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved PDF is not encrypted. Keep it somewhere private. Printing on paper leaves no file behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages in the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something to bring to your therapist. You choose what it shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print your summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary didn&apos;t print. Check the printer and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your summary went to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your summary as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF wasn&apos;t saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}. It is not encrypted: anyone who can open the file can read it, so keep it somewhere private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}. It is not encrypted, so keep it somewhere private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPreview</name>
    <message>
        <source>Preview of the summary, as it will print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the time right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Good morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still up? Go gently tonight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write about this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an entry about today&apos;s prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show another prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new entry without a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your most recent entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written yet. Whatever you write stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries you deleted wait here until you restore them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendsSection</name>
    <message>
        <source>What the chart shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your entries show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Moved to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: bring the journey back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoLine</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring it back from the Trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Welcome back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is locked. Type your passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps Lock may be on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps Lock may be on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use recovery key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase to open your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Previous versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow keeps the version from before each time you come back to edit. Restoring one keeps what is there now as a version too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier versions yet. One is kept each time you come back to edit this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vitals</name>
    <message>
        <source>Before dosing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About 40 minutes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure, {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklyCheckCard</name>
    <message>
        <source>A quick weekly check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note, if you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for this week&apos;s check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this week&apos;s check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the weekly check until next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly check saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your questions for your prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you. Saved for this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to your questions for your prescriber.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeStep</name>
    <message>
        <source>Welcome to Afterglow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow is a private journal for preparing for, living through and integrating psychedelic-assisted therapy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you write is encrypted and stays on this computer. Nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not medical advice, and nobody monitors what you write here. Your care team is there for the things a journal can&apos;t do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore your journal from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your backup and restoring your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearLegend</name>
    <message>
        <source>Mood 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key to the colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days are coloured by mood, from dark purple for 1 to yellow for 10. A dot marks a medicine session, a ring a planned one; a day with no check-in shows only a faint point.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearModel</name>
    <message>
        <source>Enter shows this day&apos;s check-ins, entries and sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: no check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: mood {mood} of 10 ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medicine session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned medicine session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearSection</name>
    <message>
        <source>Previous year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mood in {year}, day by day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YesNo</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>the export couldn&apos;t be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an Afterglow backup (it doesn&apos;t start the way one does).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file ends early: it was cut off while being written or copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file was changed after it was written; it can&apos;t be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra bytes were added to the end of the backup file after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made by a newer Afterglow. Update Afterglow to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key derivation settings are unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s key settings look wrong, so it was not opened: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key doesn&apos;t open this backup. Take your time and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this backup. Take your time and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup would unpack to more than {size:,} MiB; it may be damaged or not a real backup, so it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was written by a newer Afterglow (export version {version}); update Afterglow to import it. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has an export version Afterglow doesn&apos;t know ({version!r}). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing at {path}, so nothing was imported. Check the path and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a file; give the folder that holds your Markdown (.md) files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder; give the export file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} {phrase}. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a link, not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a pipe (FIFO), not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a socket, not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a device, not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is something special, not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>couldn&apos;t be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was replaced while it was being read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than {size}, more than any journal export holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} isn&apos;t a JSON file (it isn&apos;t even UTF-8 text). Nothing was imported; if it is an export saved in another encoding, save it as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} isn&apos;t valid JSON (line {lineno}, column {colno}: {msg}). Nothing was imported; check that it is the export file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is nested far deeper than any journal export, so it wasn&apos;t read. Nothing was imported; check that it is the export file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} doesn&apos;t look like {what}: it should hold {expected}. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} would unpack to more than {size} of journal files, more than any Day One export holds; it may be damaged or not a real export. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is a zip file with no Journal.json inside, so it isn&apos;t a Day One JSON export. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is a damaged zip file ({error}). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a link that leads nowhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a link to something outside the folder, and those are never followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{root} holds more than {max_markdown_files:,} Markdown files, more than one import takes. Nothing was imported; import its folders one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key in the backup header is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key in the backup header is unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key slot in the backup header is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key in the backup header has the wrong length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s file key has the wrong length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not open this backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s recovery key is unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key belongs to another journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key does not open this backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s header was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup has more chunks than the format allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s stream nonce has the wrong length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chunk of the backup does not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is not in a format Afterglow knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was changed or moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The padding is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key derivation method is not one Afterglow uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key derivation settings are not whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key derivation salt has the wrong length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key derivation asks for {lanes} lanes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key derivation asks for {iterations} passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key derivation asks for too little memory to be valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key derivation asks for {memory} MiB of memory, more than the {limit} MiB Afterglow allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored key is unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key does not open the slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key has {count} characters; it should have {length}. Check each group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key has characters that don&apos;t belong in one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key isn&apos;t complete or has a typo; check each group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A questionnaire result needs the questionnaire&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire answers must be whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer about how difficult things have been is 0 to 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer about how difficult things have been</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note of the experience you had in mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A starting point before your first session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A starting point, whenever you&apos;re ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a week during your course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a month during maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of your course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After your session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two weeks after your last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four weeks after your last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two weeks after your session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four weeks after your session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two weeks since your last one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has been a while since your last one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be between {low:g} and {high:g} (got {value!r}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can be at most {limit:,} characters long (this one has {count:,}). Split it in two, or shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be one of {options} (got {value!r}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give a date between {low} and {high} (this one is {shown}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} isn&apos;t a date Afterglow understands; write it as YYYY-MM-DD, for example 2026-03-14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} isn&apos;t a time Afterglow understands; write it as YYYY-MM-DDTHH:MM, for example 2026-03-14T09:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned number of sessions must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned number of sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry needs some text; there is nothing to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 saved entry is damaged and can&apos;t be opened: {shown}. Everything else is intact; add --skip-damaged to carry on without them, and restore them from a backup when you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} saved entries are damaged and can&apos;t be opened: {shown} and more. Everything else is intact; add --skip-damaged to carry on without them, and restore them from a backup when you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} saved entries are damaged and can&apos;t be opened: {shown}. Everything else is intact; add --skip-damaged to carry on without them, and restore them from a backup when you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal file was changed outside Afterglow, so 1 saved record was left out and nothing was opened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal file was changed outside Afterglow, so {count:,} saved records were left out and nothing was opened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving out 1 saved record, because the journal file was changed outside Afterglow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving out {count:,} saved records, because the journal file was changed outside Afterglow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {record}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  and {count:,} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 other saved entry is damaged and can&apos;t be opened: {shown}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count:,} other saved entries are damaged and can&apos;t be opened: {shown}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count:,} other saved entries are damaged and can&apos;t be opened: {shown} and more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow changed nothing in the file. Restore the journal from a backup into a new folder (journal-app backup restore FILE --data-dir NEW-FOLDER), or add --skip-damaged to open the rest of the journal without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this couldn&apos;t be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow couldn&apos;t write to the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so {outcome}. Everything saved before is safe: free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal&apos;s folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal&apos;s folder is read-only, so {outcome}. Everything saved before is safe: make the folder writable, or move the journal to one that is, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {where} is read-only, so {outcome}. Everything saved before is safe: make it writable, or choose a folder you can write to, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow isn&apos;t allowed to write to the journal&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow isn&apos;t allowed to write to the journal&apos;s folder, so {outcome}. Everything saved before is safe: check the folder&apos;s permissions, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow isn&apos;t allowed to write to {where}, so {outcome}. Everything saved before is safe: check the folder&apos;s permissions, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk couldn&apos;t be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk didn&apos;t respond properly, so {outcome}. Everything saved before is safe: check that the disk is still connected, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That text isn&apos;t UTF-8 text, so it wasn&apos;t read. Save it as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} isn&apos;t UTF-8 text, so it wasn&apos;t read. Save it as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A screening note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dose must be more than 0 and at most {limit:g} mg. Leave it out if you don&apos;t know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissociation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session can&apos;t end before it starts; check the times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The onset can&apos;t come before the session starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peak can&apos;t come before the session starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each side effect is listed once; change the one already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling clear ({clear_at:%Y-%m-%d %H:%M}) can&apos;t come before the session starts ({start:%Y-%m-%d %H:%M}). For the next day, write the date too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{effect} can&apos;t have lifted ({lifted}) before the session starts ({began}). For the next day, write the date too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a benzodiazepine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sleeping medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lamotrigine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stimulant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an MAOI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before dosing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at 40 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question for your prescriber must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That question holds characters that can&apos;t be saved. Please type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question is empty; write a few words, then add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question can hold up to {max_item} characters, and this one has {count:,}. Please shorten it, or split it in two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question is either done or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions must be a list of questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list can hold up to {max_items} questions. Tick off or remove a few you no longer need, then add this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hidden suggestions must be a list of short keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no question number {number} in the list (it has {count}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My blood pressure read {systolic}/{diastolic} {moment} on {on} — worth mentioning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged at your session on {on}. A top number of {high_systolic} or more, or a bottom number of {high_diastolic} or more, is worth mentioning to your prescriber.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{effect} was severe and lasted until {when} after my session on {on} — worth mentioning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged on {on}. You marked it severe, and it lasted more than four hours after it began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{effect} lasted until {when} after my session on {on} — worth mentioning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged on {on}. It lasted more than four hours after the session began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{effect} was severe at my session on {on} — worth mentioning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged on {on}. You marked it severe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask about the timing of {medicine} around sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You named it in your preparation notes for {on}. It is {family}, one of the kinds of medicine prescribers ask about around sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your weekly check on {on}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved record could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may help to tell your prescriber how the last week has been.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number} of the safety plan must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number} of the safety plan holds characters that can&apos;t be saved. Please type that part again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number} of the safety plan can hold up to {max_step:,} characters, and it has {count:,}. Please shorten it a little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A safety plan has no step called {name!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be a whole number from {low:g} to {high:g}{unit} (this one is {shown}). Check the number, or leave it out if you don&apos;t know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be from {low:g} to {high:g}{unit} (this one is {shown}). Check the number, or leave it out if you don&apos;t know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} isn&apos;t a clock time Afterglow understands; write it as HH:MM from 00:00 to 23:59, for example 10:40.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reading is taken &apos;before&apos;, &apos;40min&apos;, &apos;leaving&apos; or at a clock time HH:MM (got {at!r}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top blood-pressure number (systolic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bottom blood-pressure number (diastolic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top number (systolic) is always higher than the bottom one (diastolic); {systolic}/{diastolic} looks swapped. Write it as SYS/DIA, for example 128/82.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> beats a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please name the side effect: one of {options}, or your own words (up to {limit} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A side effect&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong was it? Choose mild, moderate or severe (got {severity!r}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medicine must be one of {options} (got {medicine!r}). For any other, choose &apos;other&apos; and give its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medicine&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the medicine&apos;s name (up to 100 characters) when it is &apos;other&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose the medicine too: {options} (its name goes with it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dose in mg/kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mg/kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The infusion time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the lozenge was held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dose is already {dose}; please give it one way only, either in mg or as it was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bladder changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any bladder changes this week — going more often, needing to go in a hurry, pain when you go, or blood?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I noticed bladder changes (going more often, urgency, pain or blood) this week — worth mentioning to my prescriber.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling unreal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a feeling of being unreal, or of the world seeming unreal, stayed with you and not lifted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A feeling of being unreal stayed with me this week and hadn&apos;t lifted — worth mentioning to my prescriber.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory or concentration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More trouble than usual with memory or concentration this week?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I had more trouble than usual with memory or concentration this week — worth mentioning to my prescriber.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dose outside the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you&apos;re treated at home: did you take any dose outside your plan this week?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I took a dose outside my plan this week — worth mentioning to my prescriber.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short check for this week. Answer what you like and skip the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly check has no question called {name!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to “{label}” must be yes, no, or left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly check needs the date and time it was answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course of a weekly check must be its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow doesn&apos;t know a questionnaire called {instrument_id!r}; it has {options}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer {position} ({given!r}) isn&apos;t a number; give the answers as numbers separated by commas, like 0,1,2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has {questions} questions, but {answers} answers were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer {position} is {answer!r}; {name} answers go from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no question about how difficult things have been; only the PHQ-9 and GAD-7 do. Leave the difficulty out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The difficulty answer is {difficulty!r}; it goes from {low} ({low_label}) to {high} ({high_label}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note of the experience you had in mind must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} doesn&apos;t ask about one experience; only the PCL-5 does. Leave the note out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note of the experience you had in mind can be at most {limit} characters (this one has {count:,}). A few words are enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow won&apos;t open when you log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} record(s) in the backup weren&apos;t sound (a field missing or not what it should be), so they were left out. Everything else came in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} record(s) in the backup claim to be a different kind of record than the one with the same id here, so they were left out: {ids}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} record(s) stayed out: settings, earlier versions, and a safety plan or question list when this journal has its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup couldn&apos;t be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is of another journal, so it wasn&apos;t merged and nothing was changed. Its entries can come in as new entries of this journal, opened with that journal&apos;s own passphrase or recovery key; your own records and settings stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is of another journal: it opens only with that journal&apos;s own passphrase or recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} {phrase}, so it can&apos;t be a backup Afterglow made. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was opened with the recovery key: choose a new passphrase for the restored journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup (number {sequence}) is older than one you already restored (number {last}). Newer versions in your journal still win.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose between 1 and {most} days ahead (not {days}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no course {id_or_prefix!r}. &apos;journal-app course list&apos; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id_or_prefix!r} matches more than one course; give more of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That journey is not in any course (is it in the Trash?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A course&apos;s kind is one of {options} (got {kind!r}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That journey is in the Trash; restore it before moving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step!r} is not one of a course&apos;s own steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow wasn&apos;t added to the menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow is still in the menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t write to {place} ({detail}), so {outcome}. Nothing else was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t remove {place} ({detail}), so {outcome}. Nothing else was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a desktop file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow moved this journal to its newer, safer file format (format 2). A copy of the journal as it was is kept at {path}; you can delete it once you&apos;re happy that everything is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That entry is in the Trash; restore it before editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That journey is in the Trash; restore it before changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no integration step called {step!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no answer there to star yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worth talking over with your care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliable improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliable worsening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reliable change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} percentage point lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} percentage points lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} point lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} points lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} percentage point higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} percentage points higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} point higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} points higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in remission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recent baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sessions before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {now}. There is no series of sessions before it to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {now}. No result in the 30 days before this series of sessions began, so there is no recent baseline to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {before} before this series of sessions ({day}), {now}: {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a reliable improvement: more than the questionnaire varies by chance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a reliable worsening: more than the questionnaire varies by chance, and {care_team}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is within what the questionnaire can vary by chance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response and remission are only defined from a starting score of {least} or more, so they don&apos;t apply here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is half or less of where it started (a response) and below {below} (remission).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is half or less of where it started (a response), not yet below {below}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is below {below} (remission), though not yet half of where it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not yet half of where it started (no response yet), nor below {below}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date {start} comes after the end date {end}; swap them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no check-in figure called {metric!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That suggestion isn&apos;t offered any more; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal&apos;s recovery key slot is missing, so the passphrase was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal looks older than the one this computer last opened. If you didn&apos;t restore an older copy on purpose, look for the newer one before writing more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {name} was stopped because the journal locked, and it changed nothing. You can run it again once the journal is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {name} was still running when the journal locked. If it doesn&apos;t show as done after you unlock, please run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {name} wasn&apos;t made. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {name} wasn&apos;t made because of an unexpected problem. Your journal is safe; it will be tried again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this journal has the id {record_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no {options} with the id {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least {min_prefix} characters of the id (from &apos;journal-app list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this journal has an id starting with {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one record starts with {key}; give a few more characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a previous version of anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only things in the Trash can be removed for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To make a backup, open the journal with your passphrase (not only the recovery key), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That note was not sealed by this journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is locked. Unlock it to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase opened a key that opens none of the journal&apos;s entries, so the journal was not opened. The file may have been changed, or an older key put back into it. Try your current passphrase or your recovery key, or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal couldn&apos;t be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a journal in {folder}. Merge the backup into it (nothing is deleted), or restore into an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a journal in {folder}; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this journal. Take your time and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key doesn&apos;t open this journal. Check each group and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal&apos;s key settings look wrong, so it was not opened: {reason} The file may have been tampered with; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a passphrase of at least {least} characters (this one has {length}). A few unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is locked. Unlock it to change the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To make a new recovery key, open the journal with your passphrase (not only the recovery key), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of this text isn&apos;t valid UTF-8 (it may have come from a file saved in another encoding), so it wasn&apos;t saved. Save it as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal&apos;s list of its own entries doesn&apos;t match the file, so it was not opened: part of the file was changed outside Afterglow, or put back from an older copy. Restore the journal from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal&apos;s file was changed to look like an older kind of journal, so it was not opened. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal is in a format this Afterglow doesn&apos;t know (format {format}). Update Afterglow to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an older version of it was put back in place of the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was in the Trash, and a copy from before it went there was put back to take it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was removed from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it had been deleted for good, and an old copy of it was put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it isn&apos;t one of this journal&apos;s records: it was added to the file from elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal has key slots Afterglow didn&apos;t make ({passphrase} passphrase, {recovery} recovery key and {other} other, where Afterglow makes one passphrase slot and one recovery key slot), so it was not opened or changed. Someone may have changed the file to reach your journal or its backups. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal was made by a newer Afterglow. Update Afterglow to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal couldn&apos;t be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal file {name} is damaged and can&apos;t be read as a database. Nothing has been changed; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using the journal file right now, so {outcome}. Close it (or wait a moment), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow couldn&apos;t use the journal file ({reason}), so {outcome}. Everything saved before is safe; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no journal in {folder} yet. Create one with &apos;journal-app init&apos; (or try &apos;journal-app demo&apos;), or point --data-dir at the folder that holds yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal&apos;s header doesn&apos;t match its key, so it was not opened: its key slots or settings were changed outside Afterglow, or an old key slot was put back. Try your current passphrase or your recovery key, or restore the journal from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal was changed outside Afterglow, so it was not opened: {what}. Nothing was used from the changed part. Restore the journal from a backup, or ask someone you trust to look at the file with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this journal&apos;s own key slot, and the file holds another key slot that Afterglow didn&apos;t make, so it was not tried. The file was changed outside Afterglow. Try your current passphrase, or restore the journal from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key settings of this journal&apos;s passphrase slot were changed outside Afterglow, so the passphrase was not tried with them. Restore the journal from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passphrase slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery key slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key slot of a kind Afterglow doesn&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {name} was made into another kind of slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recovery key was swapped for another (its public half was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settings of the {name} were changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key held in the {name} was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal&apos;s id was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal&apos;s format was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {name} was added that Afterglow didn&apos;t make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {name} was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal&apos;s recovery key slot is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal is already open in another Afterglow window or command. Close that one first, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file couldn&apos;t be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} is inside your journal&apos;s folder, where Afterglow keeps the journal itself. Choose another place, such as your Documents folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{parent} is a file, not a folder. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {parent} doesn&apos;t exist. Create it first, or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterglow can&apos;t look at {target} ({reason}). Choose another place, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} is {kind}, not a file Afterglow can write to, and was left untouched. Give the name of a new file such as journal.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} is {kind}, not a file Afterglow can write to, and was left untouched. Give the name of a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} already exists and was left untouched. Choose another name, or add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t write to {folder} ({reason}), so {outcome}. Nothing there was changed; choose another place, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy of the journal couldn&apos;t be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal was made by an earlier Afterglow and needs a moment&apos;s update before it can be read. Open it in the window, or run a command that writes, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal file is missing its {key}; it may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal&apos;s key slots are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not written. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
