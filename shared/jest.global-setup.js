module.exports = async () => {
  process.env.TZ = 'America/New_York';
};
