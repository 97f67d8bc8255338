## Messages next to a field when an answer cannot be accepted. They say what
## to do, never "invalid" or "error"; what the person typed stays as it is.

error-required = এগিয়ে যেতে এই প্রশ্নের উত্তর দিন।
error-choice = উত্তরগুলোর একটি স্পর্শ করুন।
error-number = একটি সংখ্যা লিখুন, শুধু অঙ্ক দিয়ে।
error-number-too-small = { $min } বা তার বেশি একটি সংখ্যা লিখুন।
error-number-too-large = { $max } বা তার কম একটি সংখ্যা লিখুন।
error-money = ইউরোতে টাকার পরিমাণ লিখুন, যেমন 1250 অথবা 1250,50।
error-date = একটি সঠিক তারিখ লিখুন: দিন, মাস ও বছর, যেমন 15/03/1990।
error-date-too-early = তারিখটি { $date } বা তার পরে হতে হবে।
error-date-too-late = তারিখটি { $date } বা তার আগে হতে হবে।
error-name = নামটি অক্ষরে লিখুন, আপনার ডকুমেন্টে যেভাবে লেখা আছে।
error-name-latin = নামটি ল্যাটিন অক্ষরে (A–Z) লিখুন, যেভাবে পাসপোর্ট বা থাকার অনুমতিপত্রে লেখা আছে।
error-text-characters = বিশেষ চিহ্নগুলো মুছে দিন: শুধু অক্ষর, অঙ্ক ও যতিচিহ্ন ব্যবহার করুন।
error-text-too-long = লেখাটি ছোট করুন: সর্বোচ্চ { $max }টি অক্ষর।
error-phone = ফোন নম্বরটি অঙ্কে লিখুন, যেমন 333 123 4567 অথবা +40 721 234 567।
error-email = সম্পূর্ণ ই-মেইল ঠিকানা লিখুন, যেমন name@example.com।
error-comune = তালিকা থেকে একটি ইতালীয় পৌরসভা (comune) বেছে নিন।
error-country = তালিকা থেকে একটি দেশ বেছে নিন।
error-cap = পোস্ট কোড (CAP) লিখুন: 5টি অঙ্ক, যেমন 52100।
error-document-number = ডকুমেন্টের নম্বর লিখুন: 5 থেকে 20টি অক্ষর ও অঙ্ক।
error-notice-length = পেমেন্ট নোটিশের কোডে (codice avviso) 18টি অঙ্ক থাকে; আপনি লিখেছেন { $found }টি। পেমেন্ট নোটিশ থেকে কোডটি কপি করুন।
error-notice-digits = নোটিশের কোডে শুধু অঙ্ক থাকে: পেমেন্ট নোটিশ থেকে এটি কপি করুন।
error-notice-check = এই নোটিশ কোডটি সঠিক নয়: নোটিশের সাথে প্রতিটি অঙ্ক মিলিয়ে দেখুন।
error-nre = প্রেসক্রিপশনের কোড (NRE) লিখুন: 15টি অক্ষর ও অঙ্ক, প্রেসক্রিপশনের বারকোডের ওপরে আছে।
error-school-code = স্কুলের কোড লিখুন: 10টি অক্ষর ও অঙ্ক, যেমন ARIC82100X।
error-permit-reference = ফাইল নম্বর (10টি অক্ষর ও অঙ্ক) অথবা পোস্ট অফিসের (Poste) রসিদের numero assicurata (12টি অঙ্ক) লিখুন।
error-cf-length = ট্যাক্স কোডে (codice fiscale) 16টি অক্ষর ও অঙ্ক থাকে (অস্থায়ী হলে 11টি অঙ্ক); আপনি লিখেছেন { $found }টি।
error-cf-pattern = ট্যাক্স কোড (codice fiscale) পরীক্ষা করুন: অক্ষর ও অঙ্কগুলো নিজের জায়গায় থাকতে হবে, যেমন স্বাস্থ্য কার্ডে (tessera sanitaria) আছে।
error-cf-check = ট্যাক্স কোড (codice fiscale) সঠিক নয়: স্বাস্থ্য কার্ডের সাথে প্রতিটি অক্ষর মিলিয়ে দেখুন।
error-cf-date = ট্যাক্স কোডে (codice fiscale) এমন একটি জন্মতারিখ আছে যা হতে পারে না: 7 থেকে 11 নম্বর অক্ষরগুলো পরীক্ষা করুন।
error-cf-birthplace = ট্যাক্স কোডের জন্মস্থান ({ $code }) নেই: 12 থেকে 15 নম্বর অক্ষরগুলো পরীক্ষা করুন।
error-cf-birthplace-date = ট্যাক্স কোডের জন্মস্থান ({ $code }) জন্মতারিখের সময় বৈধ ছিল না: কোডটি পরীক্ষা করুন।
error-citizenship-reference = রসিদে যেভাবে আছে সেভাবে আবেদনের নম্বর লিখুন, যেমন K10/C/123456।
