export const en = {
  'location.label': 'Where will you be for your sessions?',
  'location.choose': 'Choose a place',
  'location.CA': 'California',
  'location.NY': 'New York',
  'location.UT': 'Utah',
  'location.VT': 'Vermont',
  'location.OTHER': 'Another state or country',
};
