// Achievements and XP: the definitions on offer, what each person has unlocked, and their level.
import './achievement';
import './user-achievement';
import './experience';
