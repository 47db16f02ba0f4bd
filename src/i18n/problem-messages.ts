import { formatLongDate } from '../domain/calendar/calendar-date';
import type { Language } from '../domain/shared/localized-text';
import { pickText } from '../domain/shared/localized-text';
import type { ProblemMessage, ProblemMessageKey } from '../domain/shared/problem-message';
import type { Messages } from './translate';

/**
 * Why a file the user chose was refused, in Thai and English: one wording for the backup screen, the organisation
 * view and the review screens, which the domain names by key (domain/shared/problem-message.ts). None on the first screen.
 */
const th: Record<ProblemMessageKey, string> = {
  'problem.tooLarge': 'ไฟล์มีขนาด {size} ใหญ่เกิน {most} ที่รับได้ จึงไม่ได้อ่านไฟล์นี้',
  'problem.versionMissing': 'ไฟล์ไม่ระบุรุ่นข้อมูล รุ่นข้อมูลเป็นเลขจำนวนเต็มตั้งแต่ {lowest} ขึ้นไป ไฟล์อาจถูกแก้ไข',
  'problem.versionNotOurs': 'รุ่นข้อมูลของไฟล์ ({shown}) ไม่ใช่รุ่นที่แอปนี้เขียน รุ่นข้อมูลเป็นเลขจำนวนเต็มตั้งแต่ {lowest} ขึ้นไป ไฟล์อาจถูกแก้ไข',
  'problem.forbiddenKey': 'ไฟล์มีคีย์ต้องห้าม "{key}"',
  'problem.unknownRole': 'ไม่รู้จักชุดทักษะ "{profile}"',
  'problem.invalid': 'ไฟล์ไม่ถูกต้อง',
  'problem.tooMany.actions': 'ไฟล์มีกิจกรรมพัฒนา {found} รายการ มากกว่า {most} รายการที่รับได้',
  'problem.tooMany.rounds': 'ไฟล์มีรอบการประเมิน {found} รายการ มากกว่า {most} รายการที่รับได้',
  'problem.tooMany.reviews': 'ไฟล์มีผลการประเมินโดยผู้อื่น {found} รายการ มากกว่า {most} รายการที่รับได้',
  'problem.tooMany.requests': 'ไฟล์มีคำขอให้ประเมิน {found} รายการ มากกว่า {most} รายการที่รับได้',
  'problem.unknownItem': 'ไฟล์อ้างถึง {count} รายการที่ไม่มีในชุดทักษะ {profile}: {shown}',
  'problem.unknownItems': 'ไฟล์อ้างถึง {count} รายการที่ไม่มีในชุดทักษะ {profile}: {shown}',
  'problem.sameActionId': 'กิจกรรมพัฒนาลำดับที่ {m} ({a}) และ {n} ({b}) มีรหัสเดียวกัน {id}',
  'problem.sameReviewId': 'ผลการประเมินลำดับที่ {m} ({a}) และ {n} ({b}) มีรหัสเดียวกัน {id}',
  'problem.sameRequestId': 'คำขอให้ประเมินลำดับที่ {m} และ {n} มีรหัสเดียวกัน {id}',
  'problem.targetBeforeStart': 'กิจกรรมพัฒนา {action}: วันที่เป้าหมาย ({target}) อยู่ก่อนวันเริ่ม ({start})',
  'problem.reviewInFuture': 'ผลการประเมินของ {name} ลงวันที่ {dated} ซึ่งยังมาไม่ถึง (วันนี้คือ {today}) นาฬิกาของเครื่องที่ส่งออกอาจผิด หรือไฟล์ถูกแก้ไข',
  'problem.backup.notABackupFile': 'ไฟล์นี้ไม่ใช่ไฟล์สำรอง (อาจเป็น PDF รูปภาพ หรือเอกสารอื่น) โปรดเลือกไฟล์ .json ที่ส่งออกจากแอปนี้',
  'problem.backup.notJson': 'อ่านไฟล์นี้เป็นไฟล์สำรองไม่ได้ (ข้อมูลไม่ครบ หรือไม่อยู่ในรูปแบบ JSON ของไฟล์สำรอง) ไฟล์อาจเสียหาย ถูกตัดขาด หรือถูกแก้ไข',
  'problem.backup.empty': 'ไฟล์นี้ว่างเปล่า ไม่มีข้อมูลการประเมิน โปรดเลือกไฟล์สำรอง (.json) ที่ส่งออกจากแอปนี้',
  'problem.backup.tooDeep': 'ข้อมูลในไฟล์ซ้อนกันลึกเกินกว่าไฟล์สำรอง',
  'problem.backup.notOurs': 'ไฟล์นี้ไม่ใช่ไฟล์สำรองของเข็มทิศทักษะดิจิทัล CIO',
  'problem.backup.newerVersion': 'ไฟล์มาจากแอปรุ่นใหม่กว่า (รุ่นข้อมูล {version}) โปรดใช้แอปรุ่นใหม่เปิดไฟล์นี้',
  'problem.backup.tooMany': 'ไฟล์มีการประเมิน {count} รายการ มากกว่า {most} รายการที่นำเข้าได้ในครั้งเดียว',
  'problem.backup.noAssessment': 'ไฟล์ไม่มีแบบประเมิน',
  'problem.backup.levelOutOfRange': '{code}: ระดับที่ประเมิน {shown} แต่ระดับมีตั้งแต่ {lowest} ถึง {highest}',
  'problem.backup.targetOutOfRange': '{code}: ระดับที่คาดหวัง {shown} แต่ระดับมีตั้งแต่ {lowest} ถึง {highest}',
  'problem.backup.invalidAssessment': 'ไม่ถูกต้อง',
  'problem.backup.sameAssessmentId': 'แบบประเมินลำดับที่ {first} และ {second} ในไฟล์มีรหัสเดียวกัน "{id}"',
  'problem.backup.unreadable': 'อ่านไฟล์ไม่ได้',
  'problem.zip.damaged': 'อ่านไฟล์ zip นี้ไม่ได้ ไฟล์อาจเสียหาย ถูกตัดขาด หรือไม่ใช่ไฟล์ zip',
  'problem.zip.notOurs': 'ไฟล์ zip นี้ไม่ใช่ไฟล์สำรองพร้อมหลักฐานของเข็มทิศทักษะดิจิทัล CIO (ไม่มี backup.json และ manifest.json)',
  'problem.zip.tooManyEntries': 'ไฟล์ zip มี {count} รายการ มากกว่า {most} รายการที่รับได้',
  'problem.zip.unsafePath': 'ไฟล์ zip มีชื่อไฟล์ที่ชี้ออกนอกโฟลเดอร์ของตน ("{path}") จึงไม่เปิดไฟล์ใดในนั้นเลย',
  'problem.zip.twice': 'ไฟล์ zip มี {path} สองครั้ง จึงไม่เปิดไฟล์ใดในนั้นเลย',
  'problem.zip.entryTooLarge': '{path} ในไฟล์ zip มีขนาด {size} เกิน {most} ที่รับได้',
  'problem.zip.tooLargeUnpacked': 'ไฟล์ zip แตกออกมาแล้วมีขนาด {size} เกิน {most} ที่รับได้',
  'problem.zip.badManifest': 'รายการไฟล์ (manifest.json) ในไฟล์ zip ไม่ถูกต้อง',
  'problem.zip.unlisted': 'ไฟล์ zip มี {path} ซึ่งไม่อยู่ในรายการไฟล์ (manifest.json)',
  'problem.zip.missingFile': 'รายการไฟล์ระบุไฟล์หลักฐาน {name} แต่ไม่มีไฟล์นี้ในไฟล์ zip',
  'problem.zip.sameFile': 'รายการไฟล์ระบุไฟล์หลักฐาน {name} ซ้ำกัน',
  'problem.zip.notNamed': 'ไฟล์หลักฐาน {name} ไม่ได้แนบกับการประเมินใดในไฟล์สำรอง',
  'problem.zip.hashMismatch': 'ไฟล์หลักฐาน {name} ไม่ตรงกับ SHA-256 ที่บันทึกไว้ ไฟล์อาจถูกแก้ไขหรือเสียหาย จึงไม่นำเข้าทั้งชุด',
  'problem.zip.otherFileKept': 'เบราว์เซอร์นี้เก็บไฟล์อื่นไว้ในรหัสเดียวกับไฟล์หลักฐาน {name} แล้ว จึงไม่นำเข้าเพื่อไม่ให้ไฟล์เดิมถูกเขียนทับ',
  'problem.zip.storageFull': 'พื้นที่เก็บข้อมูลของเบราว์เซอร์เต็มระหว่างเก็บไฟล์หลักฐาน ({size}) จึงไม่นำเข้าทั้งชุด ไฟล์และการประเมินที่เก็บไว้ก่อนหน้ายังอยู่ครบ',
  'problem.zip.storageUnavailable': 'เบราว์เซอร์นี้ไม่ให้แอปเก็บไฟล์ (อาจเป็นโหมดส่วนตัว หรือถูกปิดกั้น) จึงนำเข้าไฟล์หลักฐานไม่ได้ นำเข้าไฟล์สำรอง JSON แทนได้',
  'problem.zip.storageFailed': 'เก็บไฟล์หลักฐานไม่สำเร็จ จึงไม่นำเข้าทั้งชุด ลองอีกครั้ง',
  'problem.exchange.notJson': 'ไฟล์นี้ไม่ใช่ JSON',
  'problem.exchange.notARequest': 'ไฟล์นี้ไม่ใช่คำขอให้ประเมินของเข็มทิศทักษะดิจิทัล CIO',
  'problem.exchange.notAReview': 'ไฟล์นี้ไม่ใช่ผลการประเมินโดยผู้อื่นของเข็มทิศทักษะดิจิทัล CIO',
  'problem.exchange.notAHandoff': 'ไฟล์นี้ไม่ใช่ไฟล์ส่งต่อแผนพัฒนาของเข็มทิศทักษะดิจิทัล CIO',
  'problem.exchange.newerVersion': 'ไฟล์มาจากแอปรุ่นใหม่กว่า (รุ่นข้อมูล {version}) โปรดอัปเดตแอปก่อนเปิด',
  'problem.exchange.otherRole': 'ไฟล์นี้ทำขึ้นสำหรับชุดทักษะอื่น ({file}) ไม่ใช่ของการประเมินนี้ ({ours})',
  'problem.exchange.otherAssessment': 'ไฟล์นี้ทำขึ้นสำหรับการประเมินอื่น ไม่ใช่การประเมินนี้',
  'problem.exchange.duplicateReview': 'นำเข้าผลการประเมินนี้ไว้แล้ว ไม่มีสิ่งใดเปลี่ยน',
  'problem.exchange.earlierRoundReview': 'ผลการประเมินนี้เก็บไว้กับการประเมินรอบที่ {round} แล้ว จึงไม่นำเข้าในรอบนี้ ไม่มีสิ่งใดเปลี่ยน',
  'problem.exchange.senderMissing': 'ไฟล์ส่งต่อแผนรุ่นนี้ต้องระบุผู้ส่ง แต่ไฟล์นี้ไม่ระบุ',
  'problem.exchange.noLevelLeft': 'ผลการประเมินนี้ไม่มีลำดับถัดไปที่ต้องให้ความเห็นแล้ว โปรดส่งกลับให้ผู้รับการประเมินนำเข้าในหน้าความเห็นผู้อื่น',
  'problem.exchange.receivedAlready': 'ผลการประเมินนี้บันทึกการลงรับของงานบุคคลไว้แล้ว โปรดส่งกลับให้ผู้รับการประเมินนำเข้าในหน้าความเห็นผู้อื่น',
  'problem.exchange.tooManyOpinions': 'ไฟล์มีความเห็น {found} ระดับ มากกว่าลำดับที่คำขอกำหนดไว้ ({most} ระดับ)',
  'problem.file.isRequest': 'ไฟล์นี้เป็นคำขอให้ประเมิน ไม่ใช่ไฟล์ที่ปุ่มนี้รับ ส่งให้ผู้บังคับบัญชาเปิดในหน้า "ประเมินผู้อื่น" ที่ปุ่ม "เลือกไฟล์คำขอให้ประเมิน"',
  'problem.file.isReview':
    'ไฟล์นี้เป็นผลการประเมินโดยผู้บังคับบัญชา ไม่ใช่ไฟล์ที่ปุ่มนี้รับ ผู้รับการประเมินนำเข้าในหน้า "ความเห็นผู้อื่นและการส่งต่อแผน" ที่ปุ่ม "เลือกไฟล์ผลการประเมิน" ส่วนผู้ให้ความเห็นระดับถัดไปเปิดในหน้า "ประเมินผู้อื่น" ที่ปุ่ม "เลือกไฟล์ผลการประเมินที่ส่งต่อมา"',
  'problem.file.isReviewForNext':
    'ไฟล์นี้เป็นผลการประเมินที่ส่งต่อให้ผู้ให้ความเห็นระดับถัดไป ไม่ใช่ไฟล์ที่ปุ่มนี้รับ เปิดที่ การประเมินของฉัน › "เปิดคำขอหรือผลการประเมินที่ได้รับ" › "เลือกไฟล์ผลการประเมินที่ส่งต่อมา"',
  'problem.file.isReviewForHr':
    'ไฟล์นี้เป็นผลการประเมินที่รอฝ่ายบริหารทรัพยากรบุคคลลงรับ ไม่ใช่ไฟล์ที่ปุ่มนี้รับ เปิดที่ การประเมินของฉัน › "เปิดคำขอหรือผลการประเมินที่ได้รับ" › "เลือกไฟล์ผลการประเมินที่ส่งต่อมา"',
  'problem.file.isHandoff': 'ไฟล์นี้เป็นไฟล์ส่งต่อแผนพัฒนา ไม่ใช่ไฟล์ที่ปุ่มนี้รับ ผู้รับการประเมินนำเข้าในหน้า "ความเห็นผู้อื่นและการส่งต่อแผน" ที่ปุ่ม "เลือกไฟล์ส่งต่อแผน"',
  'problem.file.isBackup': 'ไฟล์นี้เป็นไฟล์สำรองข้อมูล ไม่ใช่ไฟล์ที่ปุ่มนี้รับ นำเข้าในหน้า "สำรองและนำเข้าข้อมูล" หรือ หากคุณเป็นผู้ช่วยที่ได้รับไฟล์สำรอง ใช้ปุ่ม "เลือกไฟล์สำรองที่ได้รับ"',
  'problem.notACatalogue': 'ไฟล์นี้ไม่ใช่บัญชีแหล่งพัฒนา (ช่อง format ต้องเป็น "{format}")',
  'problem.notAStaffList': 'ไฟล์นี้ไม่ใช่บัญชีรายชื่อ (ช่อง format ต้องเป็น "{format}")',
};

const en: Record<ProblemMessageKey, string> = {
  'problem.tooLarge': 'The file is {size}, larger than the {most} this takes: it was not read',
  'problem.versionMissing': 'The file does not say its data version: data versions are whole numbers from {lowest} up. The file may have been edited',
  'problem.versionNotOurs':
    "The file's data version ({shown}) is not one this app writes: data versions are whole numbers from {lowest} up. The file may have been edited",
  'problem.forbiddenKey': 'The file contains the forbidden key "{key}"',
  'problem.unknownRole': 'Unknown role profile "{profile}"',
  'problem.invalid': 'The file is not valid',
  'problem.tooMany.actions': 'The file holds {found} actions, more than the {most} it may',
  'problem.tooMany.rounds': 'The file holds {found} rounds, more than the {most} it may',
  'problem.tooMany.reviews': 'The file holds {found} reviews, more than the {most} it may',
  'problem.tooMany.requests': 'The file holds {found} review requests, more than the {most} it may',
  'problem.unknownItem': 'The file refers to {count} item that the {profile} role profile does not have: {shown}',
  'problem.unknownItems': 'The file refers to {count} items that the {profile} role profile does not have: {shown}',
  'problem.sameActionId': 'Actions {m} ({a}) and {n} ({b}) have the same id {id}',
  'problem.sameReviewId': 'Reviews {m} (by {a}) and {n} (by {b}) have the same id {id}',
  'problem.sameRequestId': 'Review requests {m} and {n} have the same id {id}',
  'problem.targetBeforeStart': 'Action {action}: its target date ({target}) is before its start ({start})',
  'problem.reviewInFuture':
    'The review by {name} is dated {dated}, which has not come yet (today is {today}): the clock of the computer that exported it may be wrong, or the file was edited',
  'problem.backup.notABackupFile': 'This is not a backup file (it may be a PDF, an image or another document): choose a .json file exported from this app',
  'problem.backup.notJson':
    "The file cannot be read as a backup (its data is incomplete, or not in a backup's JSON form): it may be damaged, cut short or edited",
  'problem.backup.empty': 'The file is empty: it holds no assessment. Choose a backup (.json) exported from this app',
  'problem.backup.tooDeep': 'The data in the file is nested far deeper than a backup',
  'problem.backup.notOurs': 'The file is not a CIO Skills Compass backup',
  'problem.backup.newerVersion': 'The file comes from a newer version of the app (data version {version}): open it with the newer app',
  'problem.backup.tooMany': 'The file holds {count} assessments, more than the {most} one import takes',
  'problem.backup.noAssessment': 'The file holds no assessment',
  'problem.backup.levelOutOfRange': '{code}: level {shown}; levels run from {lowest} to {highest}',
  'problem.backup.targetOutOfRange': '{code}: target {shown}; levels run from {lowest} to {highest}',
  'problem.backup.invalidAssessment': 'not valid',
  'problem.backup.sameAssessmentId': 'Assessments {first} and {second} in the file have the same id "{id}"',
  'problem.backup.unreadable': 'The file could not be read',
  'problem.zip.damaged': 'The zip file cannot be read: it may be damaged, cut short, or not a zip file',
  'problem.zip.notOurs': 'The zip file is not a CIO Skills Compass backup with evidence files (it has no backup.json and manifest.json)',
  'problem.zip.tooManyEntries': 'The zip file holds {count} entries, more than the {most} this takes',
  'problem.zip.unsafePath': 'The zip file holds a path that leads out of its folder ("{path}"), so nothing in it was opened',
  'problem.zip.twice': 'The zip file holds {path} twice, so nothing in it was opened',
  'problem.zip.entryTooLarge': '{path} in the zip file unpacks to {size}, more than the {most} this takes',
  'problem.zip.tooLargeUnpacked': 'The zip file unpacks to {size}, more than the {most} this takes',
  'problem.zip.badManifest': 'The list of files (manifest.json) in the zip file is not valid',
  'problem.zip.unlisted': 'The zip file holds {path}, which its list of files (manifest.json) does not list',
  'problem.zip.missingFile': 'The list of files names the evidence file {name}, but the zip file does not hold it',
  'problem.zip.sameFile': 'The list of files names the evidence file {name} twice',
  'problem.zip.notNamed': 'The evidence file {name} is not attached to any assessment in the backup',
  'problem.zip.hashMismatch': 'The evidence file {name} does not match its recorded SHA-256: it may have been changed or damaged, so nothing was imported',
  'problem.zip.otherFileKept':
    'This browser already keeps another file under the id of the evidence file {name}, so nothing was imported rather than overwrite it',
  'problem.zip.storageFull':
    "The browser's storage filled up while keeping the evidence files ({size}), so nothing was imported. The files and assessments kept before are all still there",
  'problem.zip.storageUnavailable':
    'This browser does not let the app keep files (private browsing, or storage blocked), so the evidence files cannot be imported. You can import the JSON backup instead',
  'problem.zip.storageFailed': 'The evidence files could not be kept, so nothing was imported. Try again',
  'problem.exchange.notJson': 'The file is not JSON',
  'problem.exchange.notARequest': 'The file is not a CIO Skills Compass review request',
  'problem.exchange.notAReview': 'The file is not a CIO Skills Compass review',
  'problem.exchange.notAHandoff': 'The file is not a CIO Skills Compass plan hand-off',
  'problem.exchange.newerVersion': 'The file comes from a newer version of the app (schema {version}): update the app first',
  'problem.exchange.otherRole': "The file was made for another role profile ({file}), not this assessment's ({ours})",
  'problem.exchange.otherAssessment': 'The file was made for another assessment, not this one',
  'problem.exchange.duplicateReview': 'This review has already been imported: nothing changed',
  'problem.exchange.earlierRoundReview': 'This review is kept with round {round} of the assessment, so it is not imported into this round: nothing changed',
  'problem.exchange.senderMissing': 'A plan hand-off of this version must say who sent it, and this one does not',
  'problem.exchange.noLevelLeft': 'No level is left to give an opinion on this review: send it back to the appointee, who imports it on their reviews screen',
  'problem.exchange.receivedAlready': "HR's receipt is already recorded on this review: send it back to the appointee, who imports it on their reviews screen",
  'problem.exchange.tooManyOpinions': 'The file holds opinions of {found} levels, more than the request named ({most})',
  'problem.file.isRequest':
    'This file is a review request, not the file this button takes: send it to the supervisor, who opens it on "Review someone else" with "Choose a review request"',
  'problem.file.isReview':
    'This file is a supervisor\'s review, not the file this button takes: the appointee imports it on "Reviews and plan hand-off" with "Choose a review file"; a later level of the chain opens it on "Review someone else" with "Choose a review passed to you"',
  'problem.file.isReviewForNext':
    'This file is a review passed on to the next level for their opinion, not the file this button takes: open it at My assessments › "Open a request or a review you received" › "Choose a review passed to you"',
  'problem.file.isReviewForHr':
    'This file is a review waiting for HR to record its receipt, not the file this button takes: open it at My assessments › "Open a request or a review you received" › "Choose a review passed to you"',
  'problem.file.isHandoff':
    'This file is a plan hand-off, not the file this button takes: the appointee imports it on "Reviews and plan hand-off" with "Choose a plan hand-off file"',
  'problem.file.isBackup':
    'This file is a backup, not the file this button takes: import it on "Back up and import", or, as an assistant who received it, with "Choose the backup you received"',
  'problem.notACatalogue': 'The file is not a catalogue of development resources (its format must be "{format}")',
  'problem.notAStaffList': 'The file is not a staff list (its format must be "{format}")',
};

export const problemMessages: Messages<ProblemMessageKey> = { th, en };

/**
 * A problem with a file in words, in `language`: its message with its values and dates, or the field's issue. The
 * messages have no plurals (a count comes written out), so `{name}` is all there is to fill in: this module loads on
 * its own when a refusal is shown (problem-words.ts), without the app's translator.
 */
export function problemText(message: ProblemMessage, language: Language): string {
  if ('issue' in message) return pickText(message.issue, language);
  const values: Record<string, string | number> = { ...message.params };
  for (const [name, date] of Object.entries(message.dates ?? {})) values[name] = formatLongDate(date, language);
  // Not through createTranslator: this module loads on its own, and the translator in its graph splits i18n/translate.ts
  // out of the first screen's chunk into one of its own (0.4 KB more on the first load).
  // eslint-disable-next-line no-restricted-syntax
  return problemMessages[language][message.key].replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/** A problem with a file in both languages, for what keeps it (the organisation view's list of refused files). */
export function problemWords(message: ProblemMessage): { th: string; en: string } {
  return { th: problemText(message, 'th'), en: problemText(message, 'en') };
}
