/** Word lists that tell capitalised phrases that are not people's names. */

/** Lower-case particles inside names: "Ursula von der Leyen", "Mohammed bin Salman", "Lula da Silva". */
export const PARTICLES = new Set(['bin', 'bint', 'ibn', 'al', 'el', 'von', 'van', 'der', 'den', 'de', 'da', 'du', 'di', 'dos', 'das', 'del', 'della', 'la', 'le', 'ter', 'ben', 'abu', 'ould']);

/** A capitalised word that makes a phrase a place, body, event or thing rather than a person. */
export const NON_PERSON = new Set([
  'Office', 'Base', 'Street', 'Square', 'Avenue', 'Road', 'Palace', 'House', 'Hall', 'Building', 'Buildings', 'Tower', 'Hotel', 'Airport',
  'Sea', 'Ocean', 'Gulf', 'Bay', 'River', 'Lake', 'Strait', 'Straits', 'Canal', 'Island', 'Islands', 'Peninsula', 'Mountains', 'Valley', 'Desert',
  'Strip', 'Bank', 'Region', 'Oblast', 'Province', 'District', 'County', 'City', 'Town', 'Village', 'State', 'States', 'Republic', 'Kingdom', 'Emirate',
  'Federation', 'Union', 'Council', 'Committee', 'Commission', 'Ministry', 'Department', 'Agency', 'Authority', 'Service', 'Services', 'Court', 'Tribunal',
  'Parliament', 'Congress', 'Senate', 'Assembly', 'Duma', 'Cabinet', 'Government', 'Administration', 'Party', 'Front', 'Movement', 'Army', 'Navy',
  'Force', 'Forces', 'Guard', 'Guards', 'Corps', 'Brigade', 'Brigades', 'Battalion', 'Fleet', 'Command', 'Group', 'Organization', 'Organisation', 'Association',
  'Institute', 'Institution', 'University', 'College', 'School', 'Academy', 'Foundation', 'Fund', 'Center', 'Centre', 'Network', 'Company', 'Corporation',
  'Corp', 'Inc', 'Ltd', 'News', 'Times', 'Post', 'Daily', 'Journal', 'Herald', 'Tribune', 'Gazette', 'Radio', 'Television', 'TV', 'Channel', 'Press',
  'Media', 'Magazine', 'Review', 'Agreement', 'Accord', 'Accords', 'Treaty', 'Deal', 'Pact', 'Plan', 'Initiative', 'Summit', 'Conference', 'Forum',
  'Talks', 'Process', 'Format', 'Declaration', 'Charter', 'Convention', 'Protocol', 'Act', 'Law', 'Bill', 'Resolution', 'Doctrine', 'War', 'Wars',
  'Revolution', 'Crisis', 'Conflict', 'Operation', 'Day', 'Week', 'Year', 'Games', 'Olympics', 'Cup', 'Prize', 'Award', 'Church', 'Mosque', 'Cathedral',
  'Museum', 'Stadium', 'Plant', 'Station', 'Power', 'Nuclear', 'Pipeline', 'Stream', 'Field', 'Port', 'Harbor', 'Harbour', 'Bridge', 'Dam', 'Zone',
  'Corridor', 'Line', 'Border', 'East', 'West', 'North', 'South', 'Eastern', 'Western', 'Northern', 'Southern', 'Central', 'Middle', 'Far', 'Near',
  'Global', 'World', 'International', 'National', 'Federal', 'Democratic', 'Republican', 'Islamic', 'Social', 'Socialist', 'Liberal', 'Conservative',
  'Labour', 'Communist', 'Economic', 'Security', 'Defense', 'Defence', 'Foreign', 'Affairs', 'Trade', 'Energy', 'Oil', 'Gas', 'Airlines', 'Air',
  'Airways', 'Exchange', 'Market', 'Markets', 'Index', 'Dollar', 'Euro', 'Ruble', 'Rouble', 'Yuan', 'Truth', 'Twitter', 'Facebook', 'Instagram',
  'YouTube', 'WhatsApp', 'Telegram', 'Signal', 'Google', 'Internet', 'Web', 'Online', 'Live', 'Update', 'Updates', 'Video', 'Photo', 'Photos',
  'Getty', 'Images', 'Staff', 'Editor', 'Editorial', 'Opinion', 'Analysis', 'Read', 'More', 'Also', 'Related', 'Advertisement', 'Subscribe',
  'Christian', 'Muslim', 'Muslims', 'Jewish', 'Arab', 'Arabs', 'Kurdish', 'Kurds', 'Sunni', 'Shia', 'Shiite', 'Catholic', 'Orthodox', 'Western', 'Allied',
  'Reserve', 'Treasury', 'Capitol', 'Hill', 'Kremlin', 'Pentagon', 'Program', 'Programme', 'Project', 'Mission', 'Coalition', 'Alliance', 'League',
  'Kibbutz', 'Airbase', 'Joint', 'Chiefs', 'Key', 'Great', 'Common', 'Historic', 'High', 'Rare', 'Humanitarian', 'Nationwide', 'Strategic',
  'Diplomatic', 'Military', 'Standard', 'Time', 'Peace', 'Truce', 'Ceasefire', 'Sanctions', 'Tariffs', 'Package', 'Restrictions', 'Measures', 'Facts',
  'Sector', 'Breaking', 'Exclusive', 'Explainer', 'Top', 'Big', 'Full', 'Latest', 'First', 'Second', 'Third', 'Final', 'Special', 'Supreme',
  'Club', 'Quartet', 'Quad', 'Contact', 'Framework', 'Roadmap', 'Map', 'Memorandum', 'Statement', 'Communique', 'Report', 'Index', 'Survey',
]);

/** A capitalised first word that starts no person's name in running text. */
export const NON_FIRST = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'In', 'On', 'At', 'By', 'For', 'From', 'To', 'Of', 'With', 'Without', 'After', 'Before',
  'During', 'Since', 'Until', 'As', 'If', 'When', 'While', 'Where', 'Why', 'How', 'What', 'Which', 'Who', 'Whom', 'Whose', 'But', 'And', 'Or', 'Nor',
  'So', 'Yet', 'Both', 'Either', 'Neither', 'Each', 'Every', 'All', 'Some', 'Many', 'Most', 'Few', 'Several', 'Other', 'Another', 'Such', 'No',
  'Not', 'Now', 'Then', 'Here', 'There', 'Today', 'Tonight', 'Yesterday', 'Tomorrow', 'Last', 'Next', 'Earlier', 'Later', 'Meanwhile', 'However',
  'Moreover', 'Still', 'Also', 'Even', 'Only', 'Just', 'According', 'Despite', 'Amid', 'Among', 'Against', 'Under', 'Over', 'Through', 'Into',
  'He', 'She', 'It', 'They', 'We', 'I', 'You', 'His', 'Her', 'Its', 'Their', 'Our', 'My', 'Your', 'Mr', 'Mrs', 'Ms', 'Dr', 'New', 'Old', 'Great',
  'Greater', 'Upper', 'Lower', 'Saint', 'St', 'Mount', 'Lake', 'Cape', 'Fort', 'Port', 'San', 'Santa', 'Los', 'Las', 'El', 'Al', 'Le', 'La',
  'Speaking', 'Asked', 'Read', 'Watch', 'Listen', 'See', 'Click', 'Follow', 'Sign', 'Share', 'Photo', 'Image', 'Video', 'Source', 'Sources',
  'Officials', 'Reporters', 'Analysts', 'Experts', 'Critics', 'Diplomats', 'Leaders', 'Talks', 'Negotiations', 'Sanctions', 'Tariffs', 'Trade',
  'Operation', 'Project',
  'Yes', 'Thank', 'Thanks', 'Please', 'Dear', 'Good', 'Well', 'Oh', 'Let', 'Nothing', 'Everything', 'Everyone', 'Nobody', 'Someone', 'Anyone',
]);

/** Pronouns resolved to a person named before. */
export const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'his', 'her', 'hers', 'himself', 'herself']);
