## ছাপানো কাগজ: রসিদ, পেমেন্টের নোটিশ, ফর্ম, কাগজ, স্লিপ।

doc-when = তারিখ ও সময়
doc-kiosk = কিয়স্ক
# Variables: $phone (string)
doc-help = সাহায্যের জন্য কাউন্টারে জিজ্ঞেস করুন অথবা { $phone } নম্বরে ফোন করুন।
doc-receipt-title = রসিদ
doc-service = সেবা
doc-reference = এটি আপনার আবেদনের নম্বর। এটি রেখে দিন: আবেদন কোন পর্যায়ে আছে জানতে এটি লাগবে।
doc-appointment = অ্যাপয়েন্টমেন্ট
doc-booking-code = বুকিং কোড (বাতিল করতে লাগবে)
doc-next = এখন কী হবে
doc-keep = এই কাগজটি রেখে দিন।

doc-payment-title = pagoPA পেমেন্টের নোটিশ
doc-payment-creditor = যে প্রতিষ্ঠানকে টাকা দিচ্ছেন
doc-payment-creditor-code = প্রতিষ্ঠানের ট্যাক্স কোড
doc-payment-subject = কীসের জন্য টাকা দিচ্ছেন
doc-payment-amount = টাকার পরিমাণ
doc-payment-due = যে তারিখের মধ্যে দিতে হবে
doc-payment-notice-number = নোটিশ কোড
doc-payment-how = আপনি app IO দিয়ে, ব্যাংকে, পোস্ট অফিসে, তামাকের দোকানে (tabaccheria) বা ফার্মেসিতে টাকা দিতে পারেন: QR কোড বা নোটিশ কোড দেখান।
doc-payment-pay-now = এখনই ফোন দিয়ে টাকা দিতে এই কোডটি স্ক্যান করুন: pagoPA-র পেমেন্টের পাতা খুলে যাবে।

doc-certificate-title = সার্টিফিকেট
doc-certificate-number = সার্টিফিকেট নম্বর
doc-certificate-issued = দেওয়ার তারিখ
doc-certificate-stamp = 16 ইউরোর রাজস্ব স্ট্যাম্প (marca da bollo): শুধু সনদটি স্ট্যাম্পসহ হলে, সনদটি ব্যবহার করার আগে এখানে লাগিয়ে দিন

doc-where-title = কোথায় খোঁজ নেবেন
doc-where-permit-status = পোস্ট অফিসের রসিদের নম্বর দিয়ে আপনি Polizia di Stato-র ওয়েবসাইটে (questure.poliziadistato.it, বিদেশিদের অংশ) পারমিট দেখতে পারেন, অথবা Questura di Arezzo, Ufficio Immigrazione-এ জিজ্ঞেস করতে পারেন।
doc-where-citizenship-status = SPID বা CIE দিয়ে আপনি Ministero dell'Interno-র ALI পোর্টালে (portaleservizi.dlci.interno.it) আবেদন দেখতে পারেন, অথবা Prefettura di Arezzo-তে জিজ্ঞেস করতে পারেন।
doc-where-italian-test-a2 = SPID বা CIE দিয়ে আপনি Ministero dell'Interno-র ALI পোর্টালে (portaleservizi.dlci.interno.it) ফলাফল দেখতে পারেন, অথবা Prefettura di Arezzo-তে জিজ্ঞেস করতে পারেন।
doc-where-online-magazines = লাইব্রেরি কার্ড দিয়ে আপনি বাড়ি থেকে লাইব্রেরির ওয়েবসাইটে (toscana.medialibrary.it) ঢুকতে পারেন, অথবা Biblioteca Città di Arezzo, via dei Pileati 8-এ জিজ্ঞেস করতে পারেন।
doc-where-training-courses = আপনি Arezzo-র Centro per l'Impiego (কর্মসংস্থান কেন্দ্র), via Monte Cervino 24-এ জিজ্ঞেস করতে পারেন, অথবা Regione Toscana-র ওয়েবসাইটে খুঁজতে পারেন।
doc-where-job-offers = আপনি Toscana Lavoro ওয়েবসাইটে (lavoro.regione.toscana.it) খুঁজতে পারেন, অথবা Arezzo-র Centro per l'Impiego (কর্মসংস্থান কেন্দ্র), via Monte Cervino 24-এ জিজ্ঞেস করতে পারেন।

doc-form-title = কিয়স্কে পূরণ করা ফর্ম
doc-form-declaration = আমি ঘোষণা করছি যে উপরে লেখা তথ্য সত্য। সই করা এই ফর্মটি একটি পরিচয়পত্রসহ অফিসে নিয়ে যান।
doc-form-date = তারিখ
doc-form-signature = স্বাক্ষর
# The declaration above the signatures of a residence declaration (DPR
# 445/2000 artt. 75-76; Min. Interno circ. 9/2012).
doc-form-declaration-dpr-445 = মিথ্যা ঘোষণার জন্য ফৌজদারি দায়ের কথা জেনে (DPR 445/2000-এর 75 ও 76 নম্বর ধারা), আমরা ঘোষণা করছি যে উপরে লেখা তথ্য সত্য। ঘোষণাটি কেবল তখনই বৈধ হয়, যখন বাসা বদলাচ্ছেন এমন সব প্রাপ্তবয়স্ক ব্যক্তি এতে সই করেছেন এবং প্রত্যেকের পরিচয়পত্রের একটি কপিসহ এটি নিবন্ধন অফিসে (anagrafe) জমা দেওয়া হয়েছে: কাউন্টারে, রেজিস্টার্ড ডাকে (raccomandata) বা PEC (সার্টিফায়েড ই-মেইল) দিয়ে।
doc-yes = হ্যাঁ
doc-no = না
doc-not-provided = দেওয়া হয়নি

# The receipt of a request stored in the kiosk did not print.
doc-print-failed = প্রিন্টার ছাপেনি। আপনার আবেদন সংরক্ষিত আছে: অপারেটর আপনাকে কাগজটি আবার ছেপে দিতে পারেন।
# Any other paper did not print (nothing of it is kept after the session).
doc-print-failed-not-kept = প্রিন্টার ছাপেনি। প্রিন্টার প্রস্তুত হলে “আবার প্রিন্ট করুন” স্পর্শ করুন, অথবা অপারেটরের কাছে সাহায্য চান।
printer-paper-out = প্রিন্টারে কাগজ শেষ হয়ে গেছে।
printer-jam = প্রিন্টারে কাগজ আটকে গেছে।
printer-door-open = প্রিন্টারের ঢাকনা খোলা আছে।
printer-offline = প্রিন্টার বন্ধ আছে বা সংযুক্ত নেই।
printer-not-answering = প্রিন্টার সাড়া দিচ্ছে না।
printer-stopped = প্রিন্টের সারি থেমে আছে।
printer-other = প্রিন্টার একটি সমস্যার কথা জানাচ্ছে।
# Variables: $number (number)
doc-item-number = ব্যক্তি { $number }

## What a look-up answered (the permit's state), printed.

doc-result-title = যাচাইয়ের ফলাফল
doc-result-checked = যাচাইয়ের তারিখ ও সময়
doc-result-source = এটি সেই সময়ে Polizia di Stato-র পাবলিক ওয়েব পাতার উত্তর। আবার যাচাই করতে এই ঠিকানাটি খুলুন:
